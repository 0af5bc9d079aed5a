import { defineElement } from '../base/define.js';
import { CallListEditor } from '../remote-services/call-list-editor/call-list-editor.js';

defineElement('call-list-editor', CallListEditor);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { CallListEditor };
export * from '../remote-services/call-list-editor/call-list-editor.events.js';
