import { describe, expect, it } from 'vitest';
import { dateSourceText, isGuessedDate } from './date-source.ts';

describe('dateSourceText', () => {
  it('names the reader’s sources with "the", fields and markup as they are', () => {
    expect(dateSourceText('file name')).toBe('(from the file name)');
    expect(dateSourceText('file modification time')).toBe('(from the file’s modification time)');
    expect(dateSourceText('dateline')).toBe('(from the dateline)');
    expect(dateSourceText('JSON-LD datePublished')).toBe('(from JSON-LD datePublished)');
    expect(dateSourceText('field "date"')).toBe('(from field "date")');
  });

  it('says nothing without a source, and cuts a long one', () => {
    expect(dateSourceText(undefined)).toBeNull();
    expect(dateSourceText('  ')).toBeNull();
    expect(dateSourceText(`column "${'x'.repeat(100)}"`)).toBe(`(from column "${'x'.repeat(52)}…)`);
  });

  it('the file name, the modification time and a document’s metadata dates are guesses', () => {
    expect(isGuessedDate('file name')).toBe(true);
    expect(isGuessedDate('file modification time')).toBe(true);
    // Word and PDF metadata: when the file was made or saved, not when the story was published.
    for (const from of ['docx dcterms:created', 'docx dcterms:modified', 'PDF CreationDate', 'PDF ModDate']) expect(isGuessedDate(from), from).toBe(true);
    // Dates the text or the markup states are not.
    for (const from of ['dateline', 'first lines', 'header line', 'JSON-LD datePublished', 'RSS pubDate', 'Atom updated', 'column "Date"']) expect(isGuessedDate(from), from).toBe(false);
    expect(isGuessedDate(undefined)).toBe(false);
  });
});
