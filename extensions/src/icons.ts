import { LabIcon } from '@jupyterlab/ui-components';

const shieldSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <path class="jp-icon3" fill="#616161" d="M12 2 4 5v6c0 5.2 3.4 10 8 11 4.6-1 8-5.8 8-11V5l-8-3zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6z"/>
</svg>`;

const ledgerSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <path class="jp-icon3" fill="#616161" d="M6 2h9l5 5v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm8 1.5V8h4.5L14 3.5zM7 11v2h10v-2H7zm0 4v2h10v-2H7z"/>
</svg>`;

export const shieldIcon = new LabIcon({
  name: 'analyst-workbench:shield',
  svgstr: shieldSvg
});

export const auditIcon = new LabIcon({
  name: 'analyst-workbench:audit',
  svgstr: ledgerSvg
});
