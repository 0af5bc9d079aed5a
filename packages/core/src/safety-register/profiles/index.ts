/** SR-PROFILES — the profiles part of the safety register: rights sets, the editor's flow, the contract (calls in `./api.js`). */
export * from './rights-set.js';
export * from './editor-flow.js';
export * from './schemas.js';
export { registerProfilesEditorMessages } from '../messages/profiles-editor.js';
