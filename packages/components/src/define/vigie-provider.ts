import { defineElement } from '../base/define.js';
import { VigieProvider } from '../shared/vigie-provider/vigie-provider.js';

defineElement('vigie-provider', VigieProvider);
