// Every story of stories/safety-register/ as a test: renders without a console error and passes axe (see ../support/story-tests.ts).
import { storyTests } from '../support/story-tests.js';

await storyTests('safety-register', 153);
