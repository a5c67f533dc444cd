import { GeneratedFilesOfRequest, type GeneratedFile } from './index';

const file = (fileName: string): GeneratedFile => ({ fileName, contentType: 'application/pdf', base64: '', byteSize: 0 });

describe('generated files of one request', () => {
  it('makes a file once per key however often the answer names it, and each other key once', async () => {
    const files = new GeneratedFilesOfRequest();
    const made: string[] = [];
    const make = (name: string) => async () => {
      made.push(name);
      return file(name);
    };
    const answers = await Promise.all([
      files.once('team-a|2026', make('a')),
      files.once('team-a|2026', make('a')),
      files.once('team-b|2026', make('b')),
      files.once('team-a|2025', make('a-2025')),
    ]);
    expect(answers.map((answer) => answer?.fileName)).toEqual(['a', 'a', 'b', 'a-2025']);
    expect(made).toEqual(['a', 'b', 'a-2025']);
  });

  it('keeps a refusal as it was, without asking again', async () => {
    const files = new GeneratedFilesOfRequest();
    let asked = 0;
    const refuse = async () => {
      asked++;
      throw new Error('FORBIDDEN');
    };
    await expect(files.once('team-a|2026', refuse)).rejects.toThrow('FORBIDDEN');
    await expect(files.once('team-a|2026', refuse)).rejects.toThrow('FORBIDDEN');
    expect(asked).toBe(1);
  });
});
