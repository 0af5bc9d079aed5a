/** Registers every Vigie tag (the CDN bundle's entry): the provider first, so it upgrades before its widgets, then each service's entry. */
import './vigie-provider.js';
import './safety-register.js';
import './vault.js';
import './passport.js';
import './remote-services.js';
