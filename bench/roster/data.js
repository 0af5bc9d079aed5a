/**
 * Floor page ("data"): fetches and parses the same rows, shows nothing. Its heap and DOM are what
 * every other page holds before its list exists.
 */
import { boot } from './harness.js';

boot({ name: 'data' });
