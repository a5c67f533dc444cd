import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The highest repeats of fields and of fragment spreads in a selection set, or below one field. */
export interface Repeats {
  fields: number;
  spreads: number;
}

/** The fields that answer to one response name in a selection set, and the highest repeats below any one of them. */
interface Entry {
  fields: number;
  below: Repeats;
}

/** A selection set with its inline fragments and spread fragments merged in. */
interface Merged {
  names: Map<string, Entry>;
  /** Fragment spreads, those in the spread fragments' own selection sets included. */
  spreads: number;
}

const NONE: Repeats = { fields: 1, spreads: 0 };

/**
 * The highest repeats of fields and of fragment spreads (RequestLimits.maxFieldRepeats, maxFragmentSpreads).
 * graphql-js's OverlappingFieldsCanBeMergedRule compares every two fields that share a response name in a selection
 * set, inline fragments and spreads merged in, then every two of their sub-fields that share a name, and so on down:
 * `{ a { b b } a { b b } }` compares the four b's pairwise. No response path holds more fields than the highest
 * repeats: walk down from the root choosing uniformly among the fields that share the next name, and the walk ends at
 * a field with probability 1/its repeats; over the fields of one path these add up to at most 1. So the rule compares
 * at most (repeats - 1) / 2 pairs per field (again for each inline fragment around them, which maxDepth bounds),
 * where n copies of a field cost it n²/2.
 *
 * It also compares every two fragments spread together in a selection set, those they spread included, and for two
 * fields it compares, every fragment spread in one with every fragment spread in the other: 10 copies of a field that
 * each spread the same 72 fragments cost it 45 × 72² steps. Counting spreads as the fields of one shared name, the same
 * walk bounds the spreads of all fields on one path by their highest repeats, and the rule's steps to (repeats / 2)
 * per spread.
 *
 * Each fragment is measured once. A spread merges the fragment's response names into its selection set, one step per
 * name and so no more than the selections the spread brings: the document's selection count (maxSelections), checked
 * first, bounds the walk. Types play no part: graphql-js compares fields on unrelated types and unknown fields too.
 * A fragment spread inside itself, or one the document does not define, adds nothing; DocumentMeasure reports both.
 */
export class RepeatsMeasure {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Merged>();
  private readonly inProgress = new Set<string>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION && !this.fragments.has(definition.name.value))
        this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): Repeats {
    return highest(this.merge(operation.selectionSet, empty()));
  }

  /** Counted from the fragment as root, as graphql-js checks it too, whether it is spread or not. */
  fragment(name: string): Repeats {
    return highest(this.merged(name));
  }

  private merge(selectionSet: SelectionSetNode, into: Merged): Merged {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? highest(this.merge(selection.selectionSet, empty())) : NONE;
        add(into, (selection.alias ?? selection.name).value, 1, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.merge(selection.selectionSet, into);
      } else {
        const fragment = this.merged(selection.name.value);
        for (const [name, { fields, below }] of fragment.names) add(into, name, fields, below);
        into.spreads += 1 + fragment.spreads;
      }
    }
    return into;
  }

  private merged(name: string): Merged {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.inProgress.has(name)) return empty();
    this.inProgress.add(name);
    const merged = this.merge(fragment.selectionSet, empty());
    this.inProgress.delete(name);
    this.measured.set(name, merged);
    return merged;
  }
}

function empty(): Merged {
  return { names: new Map(), spreads: 0 };
}

function add(into: Merged, name: string, fields: number, below: Repeats): void {
  const known = into.names.get(name);
  if (!known) {
    into.names.set(name, { fields, below });
    return;
  }
  known.fields += fields;
  known.below = { fields: Math.max(known.below.fields, below.fields), spreads: Math.max(known.below.spreads, below.spreads) };
}

function highest({ names, spreads }: Merged): Repeats {
  const found = { fields: 1, spreads };
  for (const { fields, below } of names.values()) {
    found.fields = Math.max(found.fields, fields * below.fields);
    found.spreads = Math.max(found.spreads, fields * below.spreads);
  }
  return found;
}
