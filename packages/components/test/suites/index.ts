/** Shared test suites (issue 11, point 4): a widget test calls each in one line. */
export { expectNoSecretLeft, secretPlaces, type NoSecretOptions } from './no-secret-left.js';
export { expectCredentialForm, type CredentialFormShape } from './credential-form.js';
export { describeDataStates, type DataStatesOptions } from './data-states.js';
