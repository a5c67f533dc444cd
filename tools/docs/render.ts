import {
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type { CaseName, Expectation, Outcome } from '../../apps/gateway/src/test/access-matrix/cast';
import { argumentsOf, fieldsOf, ownTypes } from './schema-elements';

/** The access matrix's callers, in the order a reader scans them, with what the reference calls them. */
const CALLERS: [CaseName, string][] = [
  ['anonymous', 'no token'],
  ['volunteerSelf', 'volunteer, on themselves'],
  ['volunteerOnMate', 'volunteer, on a teammate'],
  ['volunteerOnOtherTeam', 'volunteer, on another team'],
  ['coordinatorSelf', 'coordinator, on themselves'],
  ['coordinatorOnOwnTeam', 'coordinator, on their team'],
  ['coordinatorOnOtherTeam', 'coordinator, on another team'],
  ['partnerOnOwnArea', 'partner, in their area'],
  ['partnerOnOtherArea', 'partner, elsewhere'],
  ['admin', 'admin'],
];

const OUTCOME_TEXT: Record<string, string> = {
  allowed: 'yes',
  FORBIDDEN: 'refused',
  UNAUTHENTICATED: 'sign in',
  NOT_FOUND: 'not found',
  null: 'nothing',
};

export interface ReferenceInput {
  schema: GraphQLSchema;
  /** Tested access per coordinate (`Query.team`, `Volunteer.hours`), from the access matrix. */
  access: Map<string, Expectation>;
  generatedOn: string;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isInputObjectType(type)) return 'input';
  if (isEnumType(type)) return 'enum';
  if (isUnionType(type)) return 'union';
  return isScalarType(type) ? 'scalar' : 'type';
}

function typeLink(type: GraphQLType): string {
  const named = getNamedType(type);
  const text = escape(String(type));
  return named.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(named.name)
    ? `<code>${text}</code>`
    : `<a href="#${named.name}"><code>${text}</code></a>`;
}

function description(text: string | null | undefined): string {
  return text ? `<p>${escape(text)}</p>` : '<p class="missing">No description yet.</p>';
}

function accessTable(expectation: Expectation): string {
  const cells = CALLERS.map(([name, label]) => {
    const outcome: Outcome = expectation[name];
    return `<tr><th scope="row">${label}</th><td class="o-${String(outcome)}">${OUTCOME_TEXT[String(outcome)]}</td></tr>`;
  });
  return `<details><summary>Who may (tested)</summary><table class="access">${cells.join('')}</table></details>`;
}

function typeSection(type: GraphQLNamedType, input: ReferenceInput): string {
  const rows = fieldsOf(type).map((field) => {
    const coordinate = `${type.name}.${field.name}`;
    const args = argumentsOf(field)
      .map((argument) => `<li><code>${escape(argument.name)}</code>: ${typeLink(argument.type)} ${escape(argument.description ?? '')}</li>`)
      .join('');
    const deprecated = 'deprecationReason' in field && field.deprecationReason;
    const access = input.access.get(coordinate);
    return `<tr id="${escape(coordinate)}"><td><code>${escape(field.name)}</code>${args ? `<ul class="args">${args}</ul>` : ''}</td>
<td>${typeLink(field.type)}</td><td>${description(field.description)}${deprecated ? `<p class="deprecated">Deprecated: ${escape(deprecated)}</p>` : ''}${access ? accessTable(access) : ''}</td></tr>`;
  });
  const values = isEnumType(type)
    ? type
        .getValues()
        .map((value) => `<tr><td><code>${escape(value.name)}</code></td><td></td><td>${description(value.description)}</td></tr>`)
    : [];
  const members = isUnionType(type) ? `<p>One of: ${type.getTypes().map(typeLink).join(', ')}</p>` : '';
  const body = [...rows, ...values];
  return `<section id="${type.name}"><h2><span class="kind">${kindOf(type)}</span> ${escape(type.name)}</h2>${description(type.description)}${members}
${body.length ? `<table class="fields"><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>${body.join('\n')}</tbody></table>` : ''}</section>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:16rem 1fr;color:#1b1b1b}
nav{height:100vh;overflow:auto;position:sticky;top:0;padding:1rem;border-right:1px solid #ddd;font-size:13px}
nav ul{list-style:none;padding:0;margin:0}main{padding:1rem 2rem;max-width:70rem}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
.kind{color:#666;font-weight:normal;font-size:.8em}.missing{color:#a33}.deprecated{color:#a60}
.args{margin:.2rem 0;padding-left:1rem;font-size:13px}.access{width:auto;font-size:13px}
.o-allowed{color:#075f07}.o-FORBIDDEN,.o-UNAUTHENTICATED{color:#a33}`;

/** One self-contained HTML page: every type of the public API with its fields, and who may read what. */
export function renderReference(input: ReferenceInput): string {
  const types = ownTypes(input.schema);
  const roots = ['Query', 'Mutation'].map((name) => types.find((type) => type.name === name)).filter((type) => !!type);
  const ordered = [...roots, ...types.filter((type) => !roots.includes(type))];
  const nav = ordered.map((type) => `<li><a href="#${type.name}">${escape(type.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Buurtvolk GraphQL API reference</title><style>${STYLE}</style></head>
<body><nav aria-label="Types"><strong>Types</strong><ul>${nav}</ul></nav>
<main><h1>Buurtvolk GraphQL API reference</h1>
<p>Generated on ${escape(input.generatedOn)} from the composed supergraph (<code>apps/gateway/supergraph.graphql</code>). Fields that
show "Who may (tested)" are operations of the access matrix (<code>apps/gateway/src/test/access-matrix</code>): each line is what
<code>npm test</code> checks that caller gets on the demo data. Other fields are readable by whoever may read the object that holds them.</p>
${ordered.map((type) => typeSection(type, input)).join('\n')}
</main></body></html>
`;
}
