// The lesson's live view: attentionView over the learner's own settings, shared by Steps 3 to 5.
import { attentionView, type LessonView, type ViewOptions } from './attentionView.svelte';
import { lessonSettings } from './lessonSettings.svelte';

export { SYNC_TOKEN_LIMIT, type LessonView } from './attentionView.svelte';

/** `sentence` overrides the learner's sentence (e.g. a shuffled copy); see attentionView. */
export function lessonView(overrides: ViewOptions = {}): LessonView {
  return attentionView(lessonSettings, overrides);
}
