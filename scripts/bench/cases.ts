// The forms `npm run bench` and `npm run bench:profile` render: each element empty and with a complete draft.
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../../test/fixtures/examples.ts';

export interface BenchCase {
  /** Short name, used in the page URL (`/?case=<id>`) and in file names. */
  id: string;
  /** How the table names it. */
  name: string;
  tag: 'offsite-direction-notification' | 'offsite-direction-outcome-review';
  props: { today: string; value?: unknown };
}

export const benchCases: readonly BenchCase[] = [
  { id: 'notification', name: 'notification', tag: 'offsite-direction-notification', props: { today: exampleToday } },
  {
    id: 'notification-complete',
    name: 'notification, complete draft',
    tag: 'offsite-direction-notification',
    props: { today: exampleToday, value: maintainedWithEhcp },
  },
  { id: 'review', name: 'outcome review', tag: 'offsite-direction-outcome-review', props: { today: reviewToday } },
  {
    id: 'review-complete',
    name: 'outcome review, complete draft',
    tag: 'offsite-direction-outcome-review',
    props: { today: reviewToday, value: extensionReview },
  },
];
