import { describe, expect, it } from "vitest";
import { genderOfEnding, kazakhStems, nameWordForms, roleForms } from "./inflect.js";
import { nameForms } from "./name-forms.js";

describe("nameWordForms", () => {
  it("declines a woman's first name in -ия (Алия → Алии, Алию, Алией)", () => {
    expect(nameWordForms("Алия", "first", "f")).toEqual(expect.arrayContaining(["алия", "алии", "алию", "алией"]));
  });

  it("declines a woman's surname in -ова (Сеитова → Сеитовой, Сеитову)", () => {
    expect(nameWordForms("Сеитова", "surname", "f")).toEqual(expect.arrayContaining(["сеитовой", "сеитову", "сеитовою"]));
  });

  it("declines a man's surname in -ов (Ахметов → Ахметова, Ахметову, Ахметовым, Ахметове)", () => {
    expect(nameWordForms("Ахметов", "surname", "m")).toEqual(expect.arrayContaining(["ахметова", "ахметову", "ахметовым", "ахметове"]));
  });

  it("declines men's names by their ending (Ерлан, Сергей, Игорь, Дмитрий) and knows Павел and Лев", () => {
    expect(nameWordForms("Ерлан", "first", "m")).toEqual(expect.arrayContaining(["ерлана", "ерлану", "ерланом", "ерлане"]));
    expect(nameWordForms("Сергей", "first", "m")).toEqual(expect.arrayContaining(["сергея", "сергею", "сергеем"]));
    expect(nameWordForms("Игорь", "first", "m")).toEqual(expect.arrayContaining(["игоря", "игорю", "игорем"]));
    expect(nameWordForms("Дмитрий", "first", "m")).toEqual(expect.arrayContaining(["дмитрия", "дмитрию", "дмитрием"]));
    expect(nameWordForms("Павел", "first", "m")).toContain("павла");
    expect(nameWordForms("Лев", "first", "m")).toContain("льва");
  });

  it("uses и after г, к, х, ж, ш, ч (Ольга → Ольги, Светка → Светки) and ей after hushing (Саша → Сашей)", () => {
    expect(nameWordForms("Ольга", "first", "f")).toContain("ольги");
    expect(nameWordForms("Светка", "first", "f")).toContain("светки");
    expect(nameWordForms("Саша", "first", "f")).toContain("сашей");
  });

  it("leaves a woman's name ending in a consonant undeclined in Russian (Жанар, Улжан)", () => {
    expect(
      nameWordForms("Жанар", "first", "f").filter(
        (form) =>
          !/(ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|пен|бен|нинг|ро|н)$/u.test(
            form,
          ),
      ),
    ).toEqual(["жанар"]);
  });

  it("declines patronymics (Петровна → Петровны, Петровной; Маратович → Маратовича)", () => {
    expect(nameWordForms("Петровна", "patronymic", "f")).toEqual(expect.arrayContaining(["петровны", "петровне", "петровну", "петровной"]));
    expect(nameWordForms("Маратович", "patronymic", "m")).toEqual(expect.arrayContaining(["маратовича", "маратовичу", "маратовичем"]));
  });

  it("adds every Kazakh case suffix to the nominative", () => {
    const forms = nameWordForms("Айгерім", "first", "f");
    for (const form of ["айгерімнің", "айгерімге", "айгерімді", "айгерімде", "айгерімнен", "айгеріммен"]) expect(forms).toContain(form);
    const surname = nameWordForms("Ахметов", "surname", "m");
    for (const form of ["ахметовтың", "ахметовқа", "ахметовты", "ахметовта", "ахметовтан", "ахметовпен"]) expect(surname).toContain(form);
  });

  it("adds only the Kazakh suffixes a name's last sound takes, and reads only those back", () => {
    const forms = nameWordForms("Айгерім", "first", "f");
    for (const form of ["айгерімты", "айгерімқа", "айгерімтан"]) expect(forms).not.toContain(form);
    expect(kazakhStems("маратка")).toContain("марат");
    expect(kazakhStems("жанарга")).toContain("жанар");
    // Russian "сержанта" (a sergeant's) is no Сержан with a Kazakh ending: that would be Сержанда.
    expect(kazakhStems("сержанта")).not.toContain("сержан");
    expect(kazakhStems("сержанда")).toContain("сержан");
  });
});

describe("genderOfEnding", () => {
  it.each([
    ["Сеитова", "f"],
    ["Петровна", "f"],
    ["Сапарқызы", "f"],
    ["Вишневская", "f"],
    ["Ахметов", "m"],
    ["Маратович", "m"],
    ["Серікұлы", "m"],
    ["Айгерим", null],
  ] as const)("%s → %s", (word, gender) => {
    expect(genderOfEnding(word)).toBe(gender);
  });
});

describe("roleForms", () => {
  it("declines role nouns and adjectives (капитана, медсестре, участкового)", () => {
    expect(roleForms("капитан", "consonant")).toContain("капитана");
    expect(roleForms("медсестра", "vowel")).toContain("медсестре");
    expect(roleForms("участковый", "adjective")).toContain("участкового");
    expect(roleForms("полицейский", "adjective")).toContain("полицейским");
  });
});

describe("nameForms", () => {
  it("lists each word's forms with the name's capital, the form given first", () => {
    const [first, last] = nameForms("Алия Сеитова");
    expect(first?.[0]).toBe("Алия");
    expect(first).toEqual(expect.arrayContaining(["Алии", "Алию", "Алией", "Алияның", "Алияға"]));
    expect(last).toEqual(expect.arrayContaining(["Сеитовой", "Сеитову", "Сеитованың"]));
  });
});
