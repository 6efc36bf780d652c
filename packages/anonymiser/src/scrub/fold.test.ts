import { describe, expect, it } from "vitest";
import { cyrillicKey, foldCyrillic, latinKeys, latinToCyrillic } from "./fold.js";

describe("foldCyrillic", () => {
  it("writes Kazakh letters as their Russian neighbours and drops soft signs", () => {
    expect(foldCyrillic("Әсел")).toBe(foldCyrillic("Асель"));
    expect(foldCyrillic("Айгүл")).toBe(foldCyrillic("Айгуль"));
    expect(foldCyrillic("Қайрат")).toBe("кайрат");
  });
});

describe("phonetic keys", () => {
  it.each([
    ["Алия", ["Aliya", "Alia", "Alija", "ALIYA"]],
    ["Айгуль", ["Aigul", "Aygul", "Ajgul", "Aigül"]],
    ["Жанар", ["Zhanar", "Janar", "Žanar"]],
    ["Сеитова", ["Seitova", "Seytova", "Sejtova"]],
    ["Ахметов", ["Akhmetov", "Ahmetov"]],
    ["Юлия", ["Yulia", "Julia", "Iuliia", "Yuliya"]],
    ["Шолпан", ["Sholpan", "Şolpan"]],
    ["Ерлан", ["Yerlan", "Erlan"]],
    ["Цой", ["Tsoy", "Tsoi", "Coi"]],
    ["Қайрат", ["Qairat", "Kairat", "Kayrat"]],
    ["Наталья", ["Natal'ya", "Natalya", "Natalia"]],
    ["Алёна", ["Alyona", "Aliona", "Alena"]],
    ["Фёдор", ["Fyodor", "Fiodor", "Fedor"]],
  ])("%s meets its Latin spellings", (cyrillic, latin) => {
    for (const spelling of latin) expect(latinKeys(spelling), spelling).toContain(cyrillicKey(cyrillic));
  });

  it("keeps different names apart", () => {
    expect(cyrillicKey("Алия")).not.toBe(cyrillicKey("Алина"));
    expect(latinKeys("Then")).not.toContain(cyrillicKey("Тен"));
  });
});

describe("latinToCyrillic", () => {
  it.each([
    ["Seryozha", "серёжа"],
    ["Aigerimge", "айгеримге"],
    ["Asylbekovke", "асылбековке"],
    ["Dashu", "дашу"],
    ["Yulia", "юлия"],
  ])("%s → %s", (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });
});
