import { defineElement } from '../base/define.js';
import { AnomalyList } from '../safety-register/anomaly-list/anomaly-list.js';

defineElement('anomaly-list', AnomalyList);
