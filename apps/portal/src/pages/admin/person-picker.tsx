import { type KeyboardEvent, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { graphql } from '../../gql';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import './person-picker.css';

const PersonPickerSearch = graphql(`
  query PersonPickerSearch($search: String!) {
    volunteers(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
          currentTeam {
            id
            name
          }
        }
      }
    }
  }
`);

export interface PickedPerson {
  id: string;
  displayName: string;
}

/** Finds a volunteer by name and picks one, for a filter that needs the person's id. */
export function PersonPicker({ person, onChange }: { person: PickedPerson | null; onChange: (person: PickedPerson | null) => void }) {
  const intl = useIntl();
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const results = useQuery(PersonPickerSearch, { search }, { skip: search.length < 2 });
  const problems = fieldProblemsOf(results.problems, 'search');

  function find() {
    setSearch(text.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter finds people here instead of applying the filters of the form around it.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    find();
  }

  if (person) {
    return (
      <div className="field">
        <p className="field__label" id={`${id}-label`}>
          <FormattedMessage id="personPicker.label" />
        </p>
        <p aria-labelledby={`${id}-label`}>
          <strong>{person.displayName}</strong>{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            <FormattedMessage id="personPicker.clear" />
          </button>
        </p>
      </div>
    );
  }

  const people = search.length >= 2 ? (results.data?.volunteers.edges ?? []).map((edge) => edge.node) : [];
  return (
    <div className={`field${problems.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        <FormattedMessage id="personPicker.label" />
      </label>
      <p id={`${id}-hint`} className="field__hint">
        <FormattedMessage id="personPicker.hint" />
      </p>
      {problems.length > 0 && (
        <p className="field__error">
          <FormattedMessage id="personPicker.tooShort" />
        </p>
      )}
      <div className="button-row person-picker__search">
        <input
          id={id}
          type="search"
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button--secondary" onClick={find} disabled={text.trim().length < 2}>
          <FormattedMessage id="personPicker.find" />
        </button>
      </div>
      <ProblemMessage problems={results.problems.filter((problem) => problem.fields.length === 0)} onRetry={results.reload} />
      {search.length >= 2 && results.data && (
        <ul className="choices" aria-label={intl.formatMessage({ id: 'personPicker.results' }, { search })}>
          {people.length === 0 && (
            <li>
              <FormattedMessage id="personPicker.none" values={{ search }} />
            </li>
          )}
          {people.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange({ id: candidate.id, displayName: candidate.displayName })}
              >
                {candidate.displayName}
                {candidate.currentTeam && <span className="muted">&nbsp;· {candidate.currentTeam.name}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
