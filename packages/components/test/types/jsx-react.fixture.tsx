// Fixture for custom-data.test.node.ts (not part of any tsconfig): raw Vigie tags in React 19 JSX,
// typed by the generated jsx-react.d.ts.
import type {} from '@vigie/components/jsx-react';

export const ok = (
  <vigie-provider api-url="/api" locale="fr">
    <vault-login reset-href="/reset" status="idle" headingLevel={3} onvault-signed-in={(e) => console.log(e.user.firstName)} />
    <invoice-list filter="late" />
  </vigie-provider>
);

// @ts-expect-error: 'tomorrow' is not one of invoice-list's filters.
export const badValue = <invoice-list filter="tomorrow" />;
// @ts-expect-error: the event's payload is typed (no token in vault-signed-in).
export const badEvent = <vault-login onvault-signed-in={(e) => console.log(e.token)} />;
// @ts-expect-error: unknown property.
export const badProp = <vault-login resetHrefs="/x" />;
