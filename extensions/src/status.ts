import { Widget } from '@lumino/widgets';

import { IStatus, requestAPI } from './request';

const HEALTH_LABEL: { [key: string]: string } = {
  ok: 'ready',
  starting: 'starting',
  down: 'not running',
  external: 'external',
  unknown: 'unknown'
};

/**
 * The status bar item: which model answers, whether it is healthy, and a
 * visible "PII redaction on|OFF" state.
 */
export class WorkbenchStatus extends Widget {
  constructor(intervalMs = 15000) {
    super();
    this.addClass('wb-status');
    this.node.dataset.testid = 'workbench-status';
    this.node.innerHTML =
      '<span class="wb-status-model" data-testid="workbench-status-model">Workbench: …</span>' +
      '<span class="wb-status-redaction" data-testid="workbench-status-redaction"></span>';
    this._interval = intervalMs;
  }

  get status(): IStatus | null {
    return this._status;
  }

  async refresh(): Promise<void> {
    try {
      this._status = await requestAPI<IStatus>('status');
    } catch (error) {
      this._status = null;
      this._error = (error as Error).message;
    }
    this._render();
  }

  protected onAfterAttach(): void {
    void this.refresh();
    this._timer = window.setInterval(() => void this.refresh(), this._interval);
  }

  protected onBeforeDetach(): void {
    window.clearInterval(this._timer);
  }

  private _render(): void {
    const model = this.node.querySelector('.wb-status-model') as HTMLElement;
    const redaction = this.node.querySelector(
      '.wb-status-redaction'
    ) as HTMLElement;
    const s = this._status;
    if (s === null) {
      model.textContent = 'Workbench: server extension unreachable';
      model.dataset.health = 'down';
      model.title = this._error;
      redaction.textContent = '';
      return;
    }
    const engine = s.engine ? ` (${s.engine})` : '';
    model.textContent = s.gateway
      ? `${s.health === 'ok' ? '●' : '○'} via gateway ${s.gateway} as ${s.gateway_user ?? s.user}` +
        (s.health === 'ok' ? '' : ' · unreachable')
      : s.health === 'down' && !s.model
        ? '○ Model: starts on the first call'
        : `● ${s.model ?? 'model'}${engine} · ${HEALTH_LABEL[s.health] ?? s.health}`;
    model.dataset.health = s.health;
    model.title =
      `Model server: ${s.base_url ?? 'starts on the first call'}\n` +
      `Egress mode: ${s.egress}\nAudit log: ${s.audit ? 'on' : 'OFF'}\n` +
      `User: ${s.user} · workbench ${s.version}`;
    redaction.textContent = s.redaction ? 'PII redaction on' : 'PII redaction OFF';
    redaction.dataset.on = String(s.redaction);
    redaction.title = s.redaction
      ? 'Personal data is pseudonymised before a prompt leaves the kernel.'
      : 'Redaction is turned off in workbench.toml ([privacy] enabled = false): prompts are sent as written.';
  }

  private _status: IStatus | null = null;
  private _error = '';
  private _interval: number;
  private _timer = 0;
}
