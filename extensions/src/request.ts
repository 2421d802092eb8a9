import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

/** Mirrors workbench/server/_models.py: GET /workbench/status */
export interface IStatus {
  engine: string | null;
  model: string | null;
  health: 'ok' | 'starting' | 'down' | 'external' | 'unknown';
  base_url: string | null;
  egress: string;
  redaction: boolean;
  audit: boolean;
  user: string;
  version: string;
  /** The gateway's URL when calls go through one (WORKBENCH_GATEWAY_URL), else null. */
  gateway: string | null;
  /** Who the gateway says this user is (its whoami); null when it does not answer. */
  gateway_user: string | null;
}

/** One audited model call, as the server sends it (never a prompt or a value). */
export interface ICall {
  audit_id: string;
  time: string;
  outcome: string;
  entry_point: string;
  model: string | null;
  execution_count: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  redaction: { [type: string]: number };
  error_type: string | null;
}

/** GET /workbench/audit?path=NOTEBOOK: the notebook's calls grouped by cell. */
export interface ICellCalls {
  cell_id: string;
  calls: ICall[];
}

export interface IAudit {
  path: string;
  cells: ICellCalls[];
  total: number;
  enabled: boolean;
}

export interface ICorpora {
  corpora: { name: string; [key: string]: unknown }[];
  note: string | null;
}

/** The one way the frontend talks to the workbench's server extension. */
export async function requestAPI<T>(
  endpoint: string,
  params: { [key: string]: string } = {},
  init: RequestInit = {}
): Promise<T> {
  const settings = ServerConnection.makeSettings();
  const query = new URLSearchParams(params).toString();
  const url =
    URLExt.join(settings.baseUrl, 'workbench', endpoint) +
    (query ? `?${query}` : '');
  let response: Response;
  try {
    response = await ServerConnection.makeRequest(url, init, settings);
  } catch (error) {
    throw new ServerConnection.NetworkError(error as TypeError);
  }
  const text = await response.text();
  const data = text.length > 0 ? JSON.parse(text) : {};
  if (!response.ok) {
    throw new ServerConnection.ResponseError(response, data.message || text);
  }
  return data as T;
}
