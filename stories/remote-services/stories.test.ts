// Every story of stories/remote-services/ as a test: renders without a console error and passes axe (see ../support/story-tests.ts).
import { storyTests } from '../support/story-tests.js';

await storyTests('remote-services', 111);
