#!/bin/bash
# One GPU host: the Unix users and who owns what (docs/deploy.md). Idempotent; run as root from
# the repository root after `make install` into /opt/workbench:  sudo bash deploy/host/setup.sh
#
#   workbench-vllm     runs vLLM; owns /var/lib/workbench-vllm (0700) and its copy of the key
#   workbench-gateway  runs the gateway; owns /var/lib/workbench-gateway (0700): upstream key,
#                      audit signing key, corpus master key, token hashes, ~/.pgpass
#   jupyterhub         runs the Hub; owns /var/lib/jupyterhub (0700); may run sudospawner only
#   analysts (group)   the people; their kernels read none of the above
set -euo pipefail

[ "$(id -u)" -eq 0 ] || { echo "run as root: sudo bash $0" >&2; exit 1; }
HERE="$(cd "$(dirname "$0")/.." && pwd)"

getent group analysts >/dev/null || groupadd analysts
for user in workbench-vllm workbench-gateway jupyterhub; do
    id -u "$user" >/dev/null 2>&1 || useradd --system --user-group --home-dir "/var/lib/$user" \
        --no-create-home --shell /usr/sbin/nologin "$user"
done

install -d -m 0700 -o workbench-vllm -g workbench-vllm /var/lib/workbench-vllm /var/lib/workbench-vllm/keys
install -d -m 0700 -o workbench-gateway -g workbench-gateway /var/lib/workbench-gateway /var/lib/workbench-gateway/keys
install -d -m 0700 -o jupyterhub -g jupyterhub /var/lib/jupyterhub
install -d -m 0755 -o root -g root /etc/workbench /etc/jupyterhub

# One upstream key, two private copies: vLLM's (read by `workbench model serve`, handed to vLLM
# as VLLM_API_KEY) and the gateway's (--upstream-key-file). No analyst can read either.
if [ ! -s /var/lib/workbench-vllm/keys/model_api_key ]; then
    key="$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')"
    (umask 077; printf '%s\n' "$key" > /var/lib/workbench-vllm/keys/model_api_key)
    (umask 077; printf '%s\n' "$key" > /var/lib/workbench-gateway/keys/upstream.key)
    unset key
fi
chown workbench-vllm:workbench-vllm /var/lib/workbench-vllm/keys/model_api_key
chown workbench-gateway:workbench-gateway /var/lib/workbench-gateway/keys/upstream.key
chmod 0600 /var/lib/workbench-vllm/keys/model_api_key /var/lib/workbench-gateway/keys/upstream.key

# The Hub's token for the gateway service: root-only files systemd reads before dropping privileges.
if [ ! -s /etc/workbench/hub.env ]; then
    token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    (umask 077; printf 'WORKBENCH_GATEWAY_HUB_TOKEN=%s\n' "$token" > /etc/workbench/hub.env)
    (umask 077; printf 'JUPYTERHUB_API_TOKEN=%s\nJUPYTERHUB_API_URL=http://127.0.0.1:8081/hub/api\nJUPYTERHUB_SERVICE_NAME=workbench-gateway\n' \
        "$token" > /etc/workbench/gateway-hub.env)
    unset token
fi
chmod 0600 /etc/workbench/hub.env /etc/workbench/gateway-hub.env

# Configuration (kept if already there: edit the copies, not these templates).
[ -e /var/lib/workbench-vllm/workbench.toml ] || \
    install -m 0600 -o workbench-vllm -g workbench-vllm "$HERE/config/vllm-one-gpu.toml" /var/lib/workbench-vllm/workbench.toml
[ -e /var/lib/workbench-gateway/workbench.toml ] || \
    install -m 0600 -o workbench-gateway -g workbench-gateway "$HERE/config/gateway.toml" /var/lib/workbench-gateway/workbench.toml
install -m 0644 "$HERE/jupyterhub/jupyterhub_config.py" /etc/jupyterhub/jupyterhub_config.py
install -m 0440 "$HERE/sudoers/jupyterhub" /etc/sudoers.d/jupyterhub
visudo -c -f /etc/sudoers.d/jupyterhub >/dev/null

for unit in workbench-vllm workbench-gateway jupyterhub; do
    install -m 0644 "$HERE/systemd/$unit.service" "/etc/systemd/system/$unit.service"
done
systemctl daemon-reload
echo "Users, folders, keys and units are in place. Next: docs/deploy.md, 'Start'."
