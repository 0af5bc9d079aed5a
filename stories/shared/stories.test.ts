// Every story of stories/shared/ as a test: renders without a console error and passes axe (see ../support/story-tests.ts).
import { storyTests } from '../support/story-tests.js';

await storyTests('shared', 2);
