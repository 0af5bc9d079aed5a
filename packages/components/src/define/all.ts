/** Registers every Vigie tag (the CDN bundle's entry). The provider first, so it upgrades before its widgets. */
import './vigie-provider.js';
import './invoice-list.js';
import './invoice-banner.js';
