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
  };
  register(panel.sessionContext.session?.kernel);
  panel.sessionContext.kernelChanged.connect((_, change) => register(change.newValue));
}
