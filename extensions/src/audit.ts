import { NotebookPanel } from '@jupyterlab/notebook';
import { Widget } from '@lumino/widgets';

import { auditIcon } from './icons';
import { IAudit, ICall, ICellCalls, requestAPI } from './request';

const MARKER_CLASS = 'wb-cell-calls';

/** An element holding ``text`` as a text node (never parsed as HTML). */
function el(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) {
    node.className = className;
  }
  return node;
}

function esc(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function entities(call: ICall): string {
  const parts = Object.entries(call.redaction || {}).map(
    ([type, n]) => `${type}×${n}`
  );
  return parts.length ? parts.join(', ') : 'none';
}

function when(iso: string): string {
  const d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toLocaleTimeString();
}

/**
 * The "Audit" sidebar: the open notebook's model calls grouped by cell, read
 * from the tamper-evident log through the server extension. Clicking a call
 * scrolls to its cell; each cell that made calls gets a marker with the count.
 */
export class AuditPanel extends Widget {
  constructor() {
    super();
    this.id = 'workbench-audit';
    this.addClass('wb-audit');
    this.title.icon = auditIcon;
    this.title.caption = 'Audit: model calls of this notebook';
    this.node.dataset.testid = 'workbench-audit';
    this.node.innerHTML =
      '<div class="wb-audit-header"><h2>Audit</h2>' +
      '<button class="jp-Button wb-audit-refresh" title="Reload from the audit log">Refresh</button></div>' +
      '<div class="wb-audit-body"></div>';
    this.node
      .querySelector('.wb-audit-refresh')!
      .addEventListener('click', () => void this.refresh());
  }

  /** Reload whenever the sidebar comes into view (calls from the chat panel run no cell). */
  protected onAfterShow(): void {
    void this.refresh();
  }

  /** The notebook whose calls are shown (null: none open). */
  set notebook(panel: NotebookPanel | null) {
    if (this._panel === panel) {
      return;
    }
    this._panel = panel;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const panel = this._panel;
    const body = this.node.querySelector('.wb-audit-body') as HTMLElement;
    if (!panel) {
      body.innerHTML = '<p class="wb-muted">Open a notebook to see its model calls.</p>';
      return;
    }
    let audit: IAudit;
    try {
      await panel.context.ready;
      audit = await requestAPI<IAudit>('audit', { path: panel.context.path });
    } catch (error) {
      body.innerHTML = `<p class="wb-error">Could not read the audit log: ${esc((error as Error).message)}</p>`;
      return;
    }
    if (panel !== this._panel) {
      return; // the user switched notebooks meanwhile
    }
    this._render(panel, audit, body);
    this._mark(panel, audit.cells);
  }

  private _render(panel: NotebookPanel, audit: IAudit, body: HTMLElement): void {
    if (!audit.enabled) {
      body.innerHTML = '<p class="wb-muted">The audit log is turned off ([audit] enabled = false).</p>';
      return;
    }
    if (audit.cells.length === 0) {
      body.innerHTML = `<p class="wb-muted">No model calls from <code>${esc(audit.path)}</code> yet. Run a <code>%%ask</code> cell.</p>`;
      return;
    }
    const cells = panel.content.widgets;
    const indexOf = (id: string) => cells.findIndex(c => c.model.id === id);
    body.innerHTML = '';
    const summary = document.createElement('p');
    summary.className = 'wb-muted';
    summary.textContent = `${audit.total} call${audit.total === 1 ? '' : 's'} in ${audit.cells.length} cell${audit.cells.length === 1 ? '' : 's'}`;
    body.appendChild(summary);
    for (const group of audit.cells) {
      const index = indexOf(group.cell_id);
      const section = document.createElement('section');
      section.className = 'wb-audit-cell';
      section.dataset.cellId = group.cell_id;
      const label = index >= 0 ? `Cell ${index + 1}` : 'Cell (deleted or other copy)';
      // Every field comes from the audit log (a record anyone who can write the log controls):
      // it reaches the DOM as text nodes only, never through innerHTML.
      const heading = el('h3', label + ' ');
      heading.appendChild(
        el('span', `${group.calls.length} call${group.calls.length === 1 ? '' : 's'}`, 'wb-muted')
      );
      section.appendChild(heading);
      const list = document.createElement('ul');
      section.appendChild(list);
      for (const call of group.calls) {
        const li = document.createElement('li');
        li.className = `wb-audit-call wb-outcome-${String(call.outcome).replace(/[^a-z_-]/gi, '')}`;
        li.dataset.testid = 'workbench-audit-call';
        li.title = `audit id ${call.audit_id}` + (call.error_type ? `\nerror: ${call.error_type}` : '');
        const tokens =
          call.input_tokens !== null || call.output_tokens !== null
            ? `tokens ${call.input_tokens ?? '–'} in / ${call.output_tokens ?? '–'} out`
            : 'no tokens';
        const first = document.createElement('div');
        first.appendChild(el('b', when(String(call.time))));
        first.appendChild(document.createTextNode(` · ${call.model ?? 'model ?'} · `));
        first.appendChild(el('span', String(call.outcome), 'wb-outcome'));
        if (call.execution_count !== null && call.execution_count !== undefined) {
          first.appendChild(document.createTextNode(` · [${call.execution_count}]`));
        }
        li.appendChild(first);
        li.appendChild(
          el('div', `${tokens} · via ${call.entry_point} · redacted: ${entities(call)}`, 'wb-muted')
        );
        li.addEventListener('click', () => this._scrollTo(panel, group.cell_id));
        list.appendChild(li);
      }
      body.appendChild(section);
    }
  }

  private _scrollTo(panel: NotebookPanel, cellId: string): void {
    const notebook = panel.content;
    const index = notebook.widgets.findIndex(c => c.model.id === cellId);
    if (index < 0) {
      return;
    }
    notebook.activeCellIndex = index;
    void notebook.scrollToItem(index, 'center');
    const node = notebook.widgets[index].node;
    node.classList.add('wb-flash');
    window.setTimeout(() => node.classList.remove('wb-flash'), 1200);
  }

  /** Per-cell markers: how many model calls each cell made. */
  private _mark(panel: NotebookPanel, groups: ICellCalls[]): void {
    const counts = new Map(groups.map(g => [g.cell_id, g.calls.length]));
    for (const cell of panel.content.widgets) {
      let marker = cell.node.querySelector(`:scope > .${MARKER_CLASS}`) as HTMLElement | null;
      const n = counts.get(cell.model.id) ?? 0;
      if (n === 0) {
        marker?.remove();
        continue;
      }
      if (!marker) {
        marker = document.createElement('div');
        marker.className = MARKER_CLASS;
        marker.dataset.testid = 'workbench-cell-calls';
        marker.addEventListener('click', () => this._reveal());
        cell.node.appendChild(marker);
      }
      marker.textContent = `${n} call${n === 1 ? '' : 's'}`;
      marker.title = `${n} model call${n === 1 ? '' : 's'} made by this cell (from the audit log); click to open the Audit sidebar`;
    }
  }

  private _reveal(): void {
    this.node.dispatchEvent(new CustomEvent('wb-reveal', { bubbles: true }));
  }

  private _panel: NotebookPanel | null = null;
}
