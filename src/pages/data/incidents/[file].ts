/** One country's incident records: data/incidents/<country>.json and .csv */
import type { APIRoute } from 'astro';
import { allIncidents, publishedRecords } from '../../../data/site';
import { dataDocument, toCsv } from '../../../lib/open-data';

export async function getStaticPaths() {
  const countries = [...(await allIncidents()).keys()];
  return countries.flatMap((country) => (['json', 'csv'] as const).map((ext) => ({ params: { file: `${country}.${ext}` }, props: { country, ext } })));
}
interface Props {
  country: string;
  ext: 'json' | 'csv';
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const records = (await publishedRecords()).filter((r) => r.country === props.country);
  return props.ext === 'json'
    ? new Response(JSON.stringify(dataDocument(records, props.country), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
