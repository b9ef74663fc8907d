import type { CommandId } from '../../../shared/commands/commandList';

export interface PanelDescriptor {
  id: PanelId;
  /** Its tab's and its drawer handle's text. */
  title: string;
  /** The commands that open and close it: run while it is open but hidden, they first show it. */
  toggles: readonly CommandId[];
  /** Commands that use it: run while it is open, they bring it to the front. */
  uses: readonly CommandId[];
}

export const PANEL_IDS = ['fields', 'find', 'proofread', 'comments', 'history', 'inbox'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** The panels beside the page, in the order they stand from the page outwards. */
export const PANELS: readonly PanelDescriptor[] = [
  { id: 'fields', title: '填写要素', toggles: ['view.fields'], uses: [] },
  { id: 'find', title: '查找替换', toggles: ['edit.find'], uses: ['edit.replace'] },
  { id: 'proofread', title: '校对', toggles: ['proofread.toggle'], uses: [] },
  { id: 'comments', title: '批注', toggles: ['view.comments'], uses: ['review.comment'] },
  { id: 'history', title: '版本记录', toggles: ['view.history'], uses: ['review.compare'] },
  { id: 'inbox', title: '待我审核', toggles: ['view.inbox'], uses: [] },
];

export const panelById = (id: PanelId): PanelDescriptor => PANELS.find((panel) => panel.id === id) as PanelDescriptor;
