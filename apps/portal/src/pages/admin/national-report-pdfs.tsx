import { FormattedMessage } from 'react-intl';
import { PdfDownload } from '../partner/pdf-download';

interface Neighbourhood {
  id: string;
  name: string;
  city: string;
}

/** Every neighbourhood's report of the year as the PDF a funder reads, for the foundation to send or check. */
export function NationalReportPdfs({ neighbourhoods, year }: { neighbourhoods: Neighbourhood[]; year: number }) {
  const sorted = [...neighbourhoods].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <section aria-labelledby="national-pdfs">
      <h2 id="national-pdfs">
        <FormattedMessage id="reportPdf.nationalTitle" />
      </h2>
      <p>
        <FormattedMessage id="reportPdf.nationalExplained" values={{ year }} />
      </p>
      <ul className="national-pdfs">
        {sorted.map((neighbourhood) => (
          <li key={neighbourhood.id} className="button-row">
            <span>
              {neighbourhood.name}, {neighbourhood.city}
            </span>
            <PdfDownload scope={{ kind: 'neighbourhood', id: neighbourhood.id, year }} label={neighbourhood.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
