// The relationships of Step 1: authored content (a linguist's reading), checked on load.
export interface Relation {
  readonly from: number;
  readonly to: number;
  readonly question: string;
  readonly label: string;
}

export interface RelationSentence {
  readonly id: string;
  readonly words: readonly string[];
  readonly relations: readonly Relation[];
}

export interface RelationContent {
  readonly note: string;
  readonly sentences: readonly RelationSentence[];
}

export function parseRelationships(json: unknown): RelationContent {
  const fail = (message: string): never => {
    throw new Error(`Invalid relationships content: ${message}`);
  };
  const content = json as RelationContent;
  if (typeof content.note !== 'string') fail('"note" must be a string');
  if (!Array.isArray(content.sentences) || content.sentences.length === 0) {
    fail('"sentences" must be a non-empty array');
  }
  const ids = new Set<string>();
  for (const sentence of content.sentences) {
    if (ids.has(sentence.id)) fail(`sentence id "${sentence.id}" repeats`);
    ids.add(sentence.id);
    for (const relation of sentence.relations) {
      for (const end of [relation.from, relation.to]) {
        if (!Number.isInteger(end) || end < 0 || end >= sentence.words.length) {
          fail(`"${sentence.id}": a relation points at word ${end}, which does not exist`);
        }
      }
      if (relation.from === relation.to) fail(`"${sentence.id}": a word relates to itself`);
    }
  }
  return content;
}

/** Every relation that involves the word, whichever end it is at. */
export function relationsOf(sentence: RelationSentence, word: number): Relation[] {
  return sentence.relations.filter((r) => r.from === word || r.to === word);
}
