import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { INotebookTracker, NotebookActions } from '@jupyterlab/notebook';
import { IStatusBar } from '@jupyterlab/statusbar';

import { AuditPanel } from './audit';
import { bridgeNotebook } from './bridge';
import { WorkbenchStatus } from './status';

const PLUGIN_ID = 'analyst-workbench:plugin';

namespace CommandIDs {
  export const refreshAudit = 'workbench:refresh-audit';
  export const showAudit = 'workbench:show-audit';
}

/**
 * Analyst Workbench in JupyterLab: the status bar item (model, health, PII
 * redaction state), the Audit sidebar and the per-cell model-call markers.
 * Everything is read from the workbench's server extension (/workbench/*).
 */
const plugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'Model status, PII redaction state and the Audit sidebar of Analyst Workbench.',
  autoStart: true,
  requires: [INotebookTracker],
  optional: [IStatusBar],
  activate: (
    app: JupyterFrontEnd,
    notebooks: INotebookTracker,
    statusBar: IStatusBar | null
  ) => {
    const status = new WorkbenchStatus();
    if (statusBar) {
      statusBar.registerStatusItem(PLUGIN_ID, {
        item: status,
        align: 'left',
        rank: 100
      });
    }

    const audit = new AuditPanel();
    app.shell.add(audit, 'right', { rank: 600 });
    audit.node.addEventListener('wb-reveal', () => app.shell.activateById(audit.id));

    const follow = () => {
      audit.notebook = notebooks.currentWidget;
    };
    notebooks.currentChanged.connect(follow);
    follow();
    // The chat panel's "Insert as cell" reaches the notebook through a kernel comm.
    notebooks.widgetAdded.connect((_, panel) => bridgeNotebook(panel));
    notebooks.forEach(panel => bridgeNotebook(panel));

    // After a cell runs, its calls are in the log: reload the sidebar and
    // the markers (and the status, which the first call may have started).
    let pending = 0;
    NotebookActions.executed.connect((_, { notebook }) => {
      if (notebooks.currentWidget?.content !== notebook) {
        return;
      }
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        void audit.refresh();
        void status.refresh();
      }, 300);
    });

    app.commands.addCommand(CommandIDs.refreshAudit, {
      label: 'Workbench: Reload the Audit sidebar',
      execute: () => audit.refresh()
    });
    app.commands.addCommand(CommandIDs.showAudit, {
      label: 'Workbench: Show the Audit sidebar',
      execute: () => app.shell.activateById(audit.id)
    });
    console.log('Analyst Workbench extension is activated');
  }
};

export default plugin;
