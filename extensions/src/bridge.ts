import { NotebookActions, NotebookPanel } from '@jupyterlab/notebook';
import { Kernel, KernelMessage } from '@jupyterlab/services';

/** Comm target the chat panel (workbench/ui/_bridge.py) opens to insert an answer as a cell. */
export const INSERT_TARGET = 'workbench.insert_cell';

interface IInsertRequest {
  source: string;
  cell_type: 'markdown' | 'code';
}

function insertBelow(panel: NotebookPanel, request: IInsertRequest): void {
  const notebook = panel.content;
  NotebookActions.insertBelow(notebook);
  if (request.cell_type === 'markdown') {
    NotebookActions.changeCellType(notebook, 'markdown');
  }
  const cell = notebook.activeCell;
  if (!cell) {
    return;
  }
  cell.model.sharedModel.setSource(String(request.source ?? ''));
  if (request.cell_type === 'markdown') {
    void NotebookActions.run(notebook, panel.sessionContext);
  }
}

/**
 * Comm target the chat panel opens to show its conversation. The turns (which hold restored
 * personal data) travel as comm messages and live only in this page's memory and DOM: the
 * panel's widget state holds empty slots, so saving the notebook with widget state saves no
 * transcript.
 */
export const RENDER_TARGET = 'workbench.chat_render';

const shown = new Map<string, { html: string; n: number }>();
const TAGS = new Set([
  'P', 'EM', 'STRONG', 'CODE', 'PRE', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'HR', 'BR', 'S', 'DEL', 'SPAN', 'DIV', 'B', 'DETAILS', 'SUMMARY',
  'MARK'
]);
const ATTRIBUTES = new Set(['class', 'href', 'rel', 'target', 'start', 'title', 'data-testid']);

/** The kernel's HTML (already sanitised there) cleaned again: known tags, known attributes, links to http(s) only. */
export function cleanHTML(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (!TAGS.has(child.tagName)) {
        child.remove();
        continue;
      }
      for (const attr of Array.from(child.attributes)) {
        const name = attr.name.toLowerCase();
        const bad =
          !ATTRIBUTES.has(name) || (name === 'href' && !/^(https?:\/\/|#)/i.test(attr.value.trim()));
        if (bad) {
          child.removeAttribute(attr.name);
        }
      }
      walk(child);
    }
  };
  walk(template.content as unknown as Element);
  return template.content;
}

function fill(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-wb-slot]').forEach(node => {
    const turn = shown.get(node.dataset.wbSlot ?? '');
    if (turn !== undefined && node.dataset.wbFilled !== String(turn.n)) {
      node.replaceChildren(cleanHTML(turn.html));
      node.dataset.wbFilled = String(turn.n);
    }
  });
}

let observing = false;

function observe(): void {
  if (observing) {
    return;
  }
  observing = true;
  // A widget view re-rendered (scrolled back into view, a second view) gets its turns again.
  new MutationObserver(() => fill(document.body)).observe(document.body, { childList: true, subtree: true });
}

function onRender(data: unknown): void {
  const turn = data as { slot?: string; html?: string };
  if (typeof turn.slot === 'string' && typeof turn.html === 'string') {
    shown.set(turn.slot, { html: turn.html, n: (shown.get(turn.slot)?.n ?? 0) + 1 });
    fill(document.body);
  }
}

/** Register the insert-cell comm target on the panel's kernel, now and after each kernel change. */
export function bridgeNotebook(panel: NotebookPanel): void {
  const register = (kernel: Kernel.IKernelConnection | null | undefined) => {
    if (!kernel) {
      return;
    }
    kernel.registerCommTarget(
      INSERT_TARGET,
      (_comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg) => {
        insertBelow(panel, msg.content.data as unknown as IInsertRequest);
      }
    );
    kernel.registerCommTarget(RENDER_TARGET, (comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg) => {
      observe();
      onRender(msg.content.data);
      comm.onMsg = (m: KernelMessage.ICommMsgMsg) => onRender(m.content.data);
    });
  };
  register(panel.sessionContext.session?.kernel);
  panel.sessionContext.kernelChanged.connect((_, change) => register(change.newValue));
}
