/** RS-OVERVIEW — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { componentSchemas, openApiBuilders } from '../../shared/openapi-builders.js';
import { SCHEDULE_HORIZON_DAYS } from './schedule.js';
import { TEST_MODE_DURATIONS } from './test-mode.js';
import * as S from './schemas.js';

const COMPONENTS = {
  RemoteSiteOverview: S.SiteOverview,
  RemoteTestModeStatus: S.TestModeStatus,
  RemoteTestModeStartRequest: S.TestModeStartRequest,
  RemoteSiteSchedule: S.SiteSchedule,
  RemoteScheduleException: S.ScheduleExceptionSchema,
  RemoteScheduleExceptionRequest: S.ScheduleExceptionRequest,
  RemoteSiteLog: S.SiteLog,
};
type Name = keyof typeof COMPONENTS;
const { json, problem, operation } = openApiBuilders<Name>('remote-services');

const param = (name: string, where: 'path' | 'query', description: string, required = where === 'path') => ({
  name,
  in: where,
  required,
  schema: { type: 'string' },
  description,
});
const siteId = param('siteId', 'path', 'The site');
const NOT_FOUND = problem('No such site for this user (`/problems/not-found`)');
const RULES = `422 \`/problems/validation\` with \`errors: [{ field, issue }]\` from core's \`checkException\`: \`date\` (required, date-format, past, beyond-horizon — more than ${SCHEDULE_HORIZON_DAYS} days after today —, date-taken), \`ranges\` (too-many-ranges), \`ranges.<i>.start|end\` (required, time-format, end-before-start, overlap), \`reason\` (too-long)`;

export function remoteOverviewPaths(): Record<string, unknown> {
  return {
    '/remote/sites/{siteId}/overview': {
      get: operation(
        'remoteGetSiteOverview',
        'RS-OVERVIEW: a site (name, nickname, address, state, test mode) and its alarm systems',
        undefined,
        { '200': json('RemoteSiteOverview', 'The overview'), '404': NOT_FOUND },
        { parameters: [siteId] },
      ),
    },
    '/remote/sites/{siteId}/test-mode': {
      get: operation(
        'remoteGetTestMode',
        'RS-OVERVIEW: the test mode: its absolute end (null: off) and the server time',
        undefined,
        { '200': json('RemoteTestModeStatus', 'The test mode'), '404': NOT_FOUND },
        { parameters: [siteId] },
      ),
      put: operation(
        'remoteStartTestMode',
        `RS-OVERVIEW: puts the site in test mode for one of the durations (${TEST_MODE_DURATIONS.join(', ')} minutes); it ends by itself at \`until\``,
        'RemoteTestModeStartRequest',
        {
          '200': json('RemoteTestModeStatus', 'On until `until`'),
          '404': NOT_FOUND,
          '422': problem('Not one of the durations (`/problems/validation`, field `minutes`)'),
        },
        { parameters: [siteId] },
      ),
      delete: operation(
        'remoteStopTestMode',
        'RS-OVERVIEW: « Arrêter le mode test »',
        undefined,
        { '200': json('RemoteTestModeStatus', 'Off'), '404': NOT_FOUND },
        { parameters: [siteId] },
      ),
    },
    '/remote/sites/{siteId}/schedule': {
      get: operation(
        'remoteGetSchedule',
        `RS-OVERVIEW: the schedule of each day from \`from\` to \`to\` (default today … today + ${SCHEDULE_HORIZON_DAYS})`,
        undefined,
        {
          '200': json('RemoteSiteSchedule', 'The weekly plan, the temporary changes and each day'),
          '404': NOT_FOUND,
          '422': problem(
            `A day before today (\`past\`) or after today + ${SCHEDULE_HORIZON_DAYS} (\`beyond-horizon\`): \`/problems/validation\` on \`from\` / \`to\``,
          ),
        },
        { parameters: [siteId, param('from', 'query', 'First day YYYY-MM-DD', false), param('to', 'query', 'Last day YYYY-MM-DD', false)] },
      ),
    },
    '/remote/sites/{siteId}/schedule/exceptions': {
      post: operation(
        'remoteCreateScheduleException',
        'RS-OVERVIEW: adds a temporary change (a date and its opening ranges; none: closed all day)',
        'RemoteScheduleExceptionRequest',
        { '201': json('RemoteScheduleException', 'Created'), '404': NOT_FOUND, '422': problem(RULES) },
        { parameters: [siteId] },
      ),
    },
    '/remote/sites/{siteId}/schedule/exceptions/{exceptionId}': {
      put: operation(
        'remoteUpdateScheduleException',
        'RS-OVERVIEW: replaces a temporary change',
        'RemoteScheduleExceptionRequest',
        { '200': json('RemoteScheduleException', 'Saved'), '404': NOT_FOUND, '422': problem(RULES) },
        { parameters: [siteId, param('exceptionId', 'path', 'The change')] },
      ),
      delete: operation(
        'remoteDeleteScheduleException',
        'RS-OVERVIEW: removes a temporary change (the weekly plan applies again that day)',
        undefined,
        { '204': { description: 'Removed' }, '404': NOT_FOUND },
        { parameters: [siteId, param('exceptionId', 'path', 'The change')] },
      ),
    },
    '/remote/sites/{siteId}/log': {
      get: operation(
        'remoteGetSiteLog',
        'RS-OVERVIEW: the site log, newest first, filtered by kind groups (arming, alarm, test-mode, schedule) and days (Paris, inclusive)',
        undefined,
        { '200': json('RemoteSiteLog', 'The entries'), '404': NOT_FOUND },
        {
          parameters: [
            siteId,
            param('groups', 'query', 'Comma-separated groups', false),
            param('from', 'query', 'First day YYYY-MM-DD', false),
            param('to', 'query', 'Last day YYYY-MM-DD', false),
          ],
        },
      ),
    },
  };
}

export function remoteOverviewComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
