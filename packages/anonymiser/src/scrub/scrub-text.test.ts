import { describe, expect, it } from "vitest";
import { scrubText } from "./scrub-text.js";
import type { ScrubOptions } from "./types.js";

/** What was found, as `TYPE:text` in order. */
const found = (text: string, options?: ScrubOptions): string[] =>
  scrubText(text, options).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
const names = (text: string, options?: ScrubOptions): string[] =>
  found(text, options)
    .filter((f) => f.startsWith("NAME:"))
    .map((f) => f.slice(5));

describe("scrubText output", () => {
  it("replaces each entity by its placeholder, offsets into the original", () => {
    const text = "Участковый Ерлан Жумабаев взял 15000 тенге, тел. 8 701 482 19 63";
    const result = scrubText(text);
    expect(result.text).toBe("Участковый [NAME] взял 15000 тенге, тел. [PHONE]");
    expect(result.entities).toEqual([
      { start: 11, end: 25, type: "NAME" },
      { start: 49, end: 64, type: "PHONE" },
    ]);
  });

  it("gives back text without personal data unchanged, with no entities", () => {
    const text = "Штраф по ст. 449 КоАП составил 22 000 KZT; ей 32 года; СПИД-центр в Талдыкоргане, 12.03.2015.";
    expect(scrubText(text)).toEqual({ text, entities: [] });
  });

  it("never finds a placeholder again", () => {
    const once = scrubText("Капитан Жумабаев, тел. +7 701 482 19 63, aliya@mail.kz");
    expect(once.text).toBe("Капитан [NAME], тел. [PHONE], [EMAIL]");
    expect(scrubText(once.text)).toEqual({ text: once.text, entities: [] });
  });
});

describe("names in Russian", () => {
  it.each([
    ["Потом Алию Сеитову отвезли в отдел.", ["Алию Сеитову"]],
    ["У Алии Сеитовой забрали паспорт.", ["Алии Сеитовой"]],
    ["Я говорила с Алией Сеитовой вчера.", ["Алией Сеитовой"]],
    ["С Нурланом Ахметовым были проблемы.", ["Нурланом Ахметовым"]],
    ["Деньги я передала Ахметову.", ["Ахметову"]],
  ])("in any case: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("with patronymics, and a first name no lexicon has before a patronymic", () => {
    expect(names("Лейтенант Искаков Даурен Маратович составил протокол.")).toEqual(["Искаков Даурен Маратович"]);
    expect(names("Нас привезли к Олегу Викторовичу на дачу.")).toEqual(["Олегу Викторовичу"]);
    expect(names("Когда пришли, Зульхиры Игоревны не было.")).toEqual(["Зульхиры Игоревны"]);
  });

  it("with initials before or after, dots included", () => {
    expect(names("Протокол подписал инспектор Д. М. Искаков.")).toEqual(["Д. М. Искаков"]);
    expect(names("Жалоба на майора Кенжебекова Н.А. ушла в прокуратуру.")).toEqual(["Кенжебекова Н.А."]);
    expect(names("Подписали Л. Ахметова и Г. Омарова.")).toEqual(["Л. Ахметова", "Г. Омарова"]);
  });

  it("in diminutive forms (Сашка, Катю, Айгуля, Светки)", () => {
    expect(names("Его звали Сашка.")).toEqual(["Сашка"]);
    expect(names("Мою подругу Катю депортировали.")).toEqual(["Катю"]);
    expect(names("Айгуля, ты же знаешь.")).toEqual(["Айгуля"]);
    expect(names("Я работала у Светки в сауне.")).toEqual(["Светки"]);
  });

  it("after ranks and roles, even when no lexicon knows the name", () => {
    expect(names("Капитан Зейнуллин составил протокол.")).toEqual(["Зейнуллин"]);
    expect(names("Сутенёр Жорик забирал половину.")).toEqual(["Жорик"]);
    expect(names("Документы взяла администратор Гульбахрам.")).toEqual(["Гульбахрам"]);
    expect(names("Синяк видела врач Ким.")).toEqual(["Ким"]);
    expect(names("Мамасан Лиза решала, кто поедет.")).toEqual(["Лиза"]);
  });

  it("nicknames after a word that introduces them", () => {
    expect(names("Клиент по прозвищу Бек платил фальшивыми.")).toEqual(["Бек"]);
    expect(names("Клиент по кличке «Борода» платил фальшивыми.")).toEqual(["Борода"]);
  });

  it("Kazakh, Uzbek and Kyrgyz names in Russian text", () => {
    expect(names("Я видела, как Дильнозу посадили в машину.")).toEqual(["Дильнозу"]);
    expect(names("Меня и Бермет продержали двое суток.")).toEqual(["Бермет"]);
  });

  it("in Latin letters", () => {
    expect(names("В протоколе её записали как Aliya Seitova.")).toEqual(["Aliya Seitova"]);
  });

  it("surnames that are also ordinary words only in context: Вера at the start needs more", () => {
    expect(names("Вера в справедливость пропала.")).toEqual([]);
    expect(names("Мне помогла Вера из НПО.")).toEqual(["Вера"]);
    expect(names("Вера Ким помогла мне.")).toEqual(["Вера Ким"]);
    expect(names("В ночь на 8 Марта был рейд.")).toEqual([]);
    expect(names("Снова пришли полицейские.")).toEqual([]);
    expect(names("Штрафов было много.")).toEqual([]);
  });

  it("not nouns and verbs that end like names at a sentence's start (Медицина, Женщин, Пальцев, Предлагали)", () => {
    for (const word of ["Медицина", "Женщин", "Пальцев", "Окраине", "Кабинете", "Остановке", "Предлагали", "Футбол", "Документов"]) {
      expect(names(`${word} было много.`), word).toEqual([]);
    }
    expect(names("Мусин Ержан пришёл.")).toEqual(["Мусин Ержан"]);
    expect(names("Потом Мусин пришёл.")).toEqual(["Мусин"]);
  });

  it("not organisations, places, brands in quotes, acronyms, or place adjectives", () => {
    expect(names("В НПО «Амелия» нам помогли.")).toEqual([]);
    expect(names("В сауне «Жасмин» работают пять девушек.")).toEqual([]);
    expect(names("Прокуратура Алматинской области ответила.")).toEqual([]);
    expect(names("Прокурор Алматинской области не ответил.")).toEqual([]);
    expect(names("Нас отвезли в ДВД, потом в СПИД-центр, потом в акимат.")).toEqual([]);
    expect(names("Врач СПИД-центра сообщил в полицию.")).toEqual([]);
    expect(names("Меня задержали в Талдыкоргане, потом в Текели.")).toEqual([]);
  });
});

describe("names in Kazakh", () => {
  it.each([
    ["Әлияның телефонын алып қойды.", ["Әлияның"]],
    ["Мен Айгерімге бәрін айттым.", ["Айгерімге"]],
    ["Нұрлан Ахметовтың көлігімен апарды.", ["Нұрлан Ахметовтың"]],
    ["Мадинаны бөлімде ұстады.", ["Мадинаны"]],
    ["Мен Лаурадан кеңес сұрадым.", ["Лаурадан"]],
    ["Томиристен ақша алды.", ["Томиристен"]],
    ["Бізді Асельмен бірге апарды.", ["Асельмен"]],
    ["Капитан Омаровқа ақша бердім.", ["Омаровқа"]],
  ])("with case suffixes: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("with -ұлы / -қызы patronymics, joined or apart", () => {
    expect(names("Дәрігер Гүлнар Сапарқызы айтып қойды.")).toEqual(["Гүлнар Сапарқызы"]);
    expect(names("Асхат Серік ұлы келді.")).toEqual(["Асхат Серік ұлы"]);
  });

  it("after Kazakh roles and before honorifics and деген", () => {
    expect(names("Учаскелік Ерлан Жұмабаев ақша сұрады.")).toEqual(["Ерлан Жұмабаев"]);
    expect(names("Полиция қызметкері Тұрсынбек бізді алып кетті.")).toEqual(["Тұрсынбек"]);
    expect(names("Біз Күлпаш апайға бардық.")).toEqual(["Күлпаш"]);
    expect(names("Бізге Жақсыбек деген полицей келді.")).toEqual(["Жақсыбек"]);
    expect(names("Сенбілік деген — тегін қызмет.")).toEqual([]);
  });

  it("not «Амелия», ЖИТС, ІІД or places", () => {
    expect(names("Біз «Амелия» бірлестігіне бардық.")).toEqual([]);
    expect(names("ІІД қызметкерлері Талдықорғандағы ЖИТС орталығына апарды.")).toEqual([]);
  });
});

describe("names in English", () => {
  it("English names, transliterated names, titles and roles", () => {
    expect(names("The UNAIDS consultant, Sarah Thompson, interviewed six women.")).toEqual(["Sarah Thompson"]);
    expect(names("Officer Yerlan Zhumabayev demanded money.")).toEqual(["Yerlan Zhumabayev"]);
    expect(names("Lieutenant D. M. Iskakov wrote the report.")).toEqual(["D. M. Iskakov"]);
    expect(names("Dr. Kim saw the bruise, and Mr Smagulov did nothing.")).toEqual(["Kim", "Smagulov"]);
    expect(names("Ajgul and Aigerim were there.")).toEqual(["Ajgul", "Aigerim"]);
    expect(names("He said his name was Mike.")).toEqual(["Mike"]);
  });

  it("leaves the possessive 's outside the name, so the placeholder still reads, and takes a soft sign's apostrophe", () => {
    expect(found("Zhumabayev's car was outside.")).toEqual(["NAME:Zhumabayev"]);
    expect(scrubText("Mohira’s migration card was taken.", { lang: "en" }).text).toBe("[NAME]’s migration card was taken.");
    expect(found("Aigul' ty gde? Zhanna tebya ishet")).toEqual(["NAME:Aigul'", "NAME:Zhanna"]);
    expect(found("Officer 'Serik' said nothing.", { lang: "en" })).not.toContain("NAME:Serik'");
  });

  it("not English words whose spelling meets a name's (Main, Ban, Aim, Roma, Asian)", () => {
    for (const word of ["Main", "Ban", "Aim", "Roma", "Asian", "Again", "Within"])
      expect(names(`${word} is what they wrote.`), word).toEqual([]);
  });

  it("not months, organisations or places", () => {
    expect(names("In May 2015 Amelia opened an office in Taldykorgan, Almaty Region.")).toEqual([]);
    expect(names("The Global Fund stopped financing the AIDS Centre.")).toEqual([]);
  });
});

describe("knownNames", () => {
  const knownNames = ["Алия Сеитова"];

  it("finds the record's own names in every case form and letter case", () => {
    for (const text of ["Сеитовой не было.", "видели алию вчера", "АЛИЮ СЕИТОВУ увели", "Алияның үйі", "Сеитованың баласы"]) {
      expect(found(text, { knownNames }).length, text).toBeGreaterThan(0);
      expect(scrubText(text, { knownNames }).text, text).not.toMatch(/али|сеит/iu);
    }
  });

  it("finds them in Latin letters, and Latin known names in Cyrillic", () => {
    expect(names("she signed as Seitova A.", { knownNames })).toEqual(["Seitova A."]);
    expect(names("потом меруерттің анасы келді", { knownNames: ["Meruert"] })).toEqual(["меруерттің"]);
    expect(names("потом мерей келді", { knownNames: ["Meruert"] })).toEqual([]);
  });

  it("finds a known full name's diminutives", () => {
    expect(names("потом сашку увезли", { knownNames: ["Александра Петрова"] })).toEqual(["сашку"]);
  });

  it("finds a known string that is not a word (a code) literally", () => {
    expect(found("анкета TK-017, повторно tk-017", { knownNames: ["TK-017"] })).toEqual(["NAME:TK-017", "NAME:tk-017"]);
  });
});

describe("numbers", () => {
  it("finds an IIN only when its check digit is right, or when it is called an IIN", () => {
    expect(found("Её ИИН 900417430211, она просила.")).toEqual(["IIN:900417430211"]);
    expect(found("Данные: 900417430211.")).toEqual(["IIN:900417430211"]);
    expect(found("Штраф 100000000000 тенге.")).toEqual([]);
    expect(found("Квитанция № 202115430077 у юриста.")).toEqual([]);
    expect(found("ИИН: 900417430212 (с ошибкой)")).toEqual(["IIN:900417430212"]);
  });

  it.each([
    "+7 701 482 19 63",
    "8 (747) 315-22-90",
    "87011234567",
    "+7-777-356-12-08",
    "+7 (705) 227-81-30",
    "8 (7282) 24-56-78",
    "+77011234567",
    "701 482 19 63",
    "+998 90 217 45 63",
  ])("finds the phone %s", (phone) => {
    expect(found(`Звоните: ${phone}, вечером.`)).toEqual([`PHONE:${phone}`]);
  });

  it("finds short local numbers only after a phone word", () => {
    expect(found("Позвоните на домашний, тел. 4-12-56.")).toEqual(["PHONE:4-12-56"]);
    expect(found("Call her, tel. 3-27-81.")).toEqual(["PHONE:3-27-81"]);
    expect(found("Он позвонил и потребовал 150 000 тенге.")).toEqual([]);
    expect(found("Штраф 22-33-44 не бывает.")).toEqual([]);
  });

  it("finds document and badge numbers after their keyword", () => {
    expect(found("Забрали удостоверение личности № 041276395.")).toEqual(["DOCNUM:041276395"]);
    expect(found("Паспорт N07381452 у сутенёра.")).toEqual(["DOCNUM:N07381452"]);
    expect(found("Номер жетона я запомнила: 04418.")).toEqual(["DOCNUM:04418"]);
    expect(found("The officer showed his badge, number 07213.")).toEqual(["DOCNUM:07213"]);
    expect(found("Паспорт серии FA 4417823 изъят.")).toEqual(["DOCNUM:FA 4417823"]);
    expect(found("Паспорт забрали в 2015 году.")).toEqual([]);
  });

  it("finds car plates in the current and old formats, as document numbers", () => {
    expect(found("Номер 123ABC02, потом 123 ABC 02, потом A123BCD.")).toEqual(["DOCNUM:123ABC02", "DOCNUM:123 ABC 02", "DOCNUM:A123BCD"]);
    expect(found("Штраф 22 000 KZT 05 раз.")).toEqual([]);
  });

  it("leaves amounts, dates, ages and articles alone", () => {
    expect(found("15000 тенге, 22 000 KZT, 12.03.2015, ей 32 года, ст. 449 КоАП, ч. 2 ст. 309 УК, 3 МРП.")).toEqual([]);
  });
});

describe("emails and URLs", () => {
  it("finds them without trailing punctuation", () => {
    expect(found("Пишите на lazzat.k1987@mail.ru, или на https://amelia-ngo.kz/help.")).toEqual([
      "EMAIL:lazzat.k1987@mail.ru",
      "URL:https://amelia-ngo.kz/help",
    ]);
    expect(found("Страница: vk.com/sw_support_kz и www.youtube.com/watch?v=Xk2.")).toEqual([
      "HANDLE:vk.com/sw_support_kz",
      "URL:www.youtube.com/watch?v=Xk2",
    ]);
  });
});

describe("addresses", () => {
  it.each([
    ["Мы живём на ул. Абая, д. 12, кв. 5, там нас знают.", "ул. Абая, д. 12, кв. 5"],
    ["Сауна в мкр. Жетысу-2, дом 45, рядом с рынком.", "мкр. Жетысу-2, дом 45"],
    ["Адрес: проспект Тауке хана 78, кв. 14.", "проспект Тауке хана 78, кв. 14"],
    ["Она живёт в 3-м микрорайоне, дом 7, квартира 21.", "3-м микрорайоне, дом 7, квартира 21"],
    ["Сауна Абай көшесі, 45 мекенжайында.", "Абай көшесі, 45"],
    ["Біз Жетісу шағын ауданы, 5 үй, 12 пәтер мекенжайында тұрамыз.", "Жетісу шағын ауданы, 5 үй, 12 пәтер"],
    ["Мекенжайым: Тәуелсіздік даңғылы, 25-үй, 7-пәтер.", "Тәуелсіздік даңғылы, 25-үй, 7-пәтер"],
    ["We live at 12 Abay Street, apt 5, everyone knows.", "12 Abay Street, apt 5"],
    ["The letter went to 59 Tole Bi St., office 12.", "59 Tole Bi St., office 12"],
  ])("%s", (text, address) => {
    expect(found(text)).toEqual([`ADDRESS:${address}`]);
  });

  it("not a street without a number, and its name is no person's", () => {
    expect(found("Нашли на улице Шевченко, избитую.")).toEqual([]);
    expect(found("Сауна на ул. Жансугурова, рядом с рынком.")).toEqual([]);
    expect(found("Абай көшесінде ұстады.")).toEqual([]);
  });

  it("not a street word used as an ordinary word, nor a city", () => {
    expect(found("На улице было холодно, дома 3 дня никого.")).toEqual([]);
    expect(found("Адрес сауны: Талдыкорган, там же.")).toEqual([]);
  });
});

describe("the second round: forms the first lexicon never met", () => {
  it.each([
    ["Фёдор Королёв забрал паспорт.", ["Фёдор Королёв"]],
    ["Королёв А. В. составил протокол.", ["Королёв А. В."]],
    ["Жанарымыз ауырып қалды.", ["Жанарымыз"]],
    ["Айгүлім маған хабарласты.", ["Айгүлім"]],
    ["Жанночку забрали прямо из сауны.", ["Жанночку"]],
    ["Asylbekovke aittym.", ["Asylbekovke"]],
    ["Dashu zabrali v otdel.", ["Dashu"]],
    ["Seryozha opyat zvonil.", ["Seryozha"]],
    ["The report was signed by K. Serikbayev.", ["K. Serikbayev"]],
    ["Лёша-сутенёр приезжал каждый вечер.", ["Лёша"]],
    ["Сутенёр «Малой» снова приезжал.", ["Малой"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("finds lower-case names where the context says person, and not elsewhere", () => {
    expect(names("марат опять звонил")).toEqual(["марат"]);
    expect(names("я с динарой говорила вчера.")).toEqual(["динарой"]);
    expect(names("Вчера айгүлден сұрадым.")).toEqual(["айгүлден"]);
    expect(names("Вчера марафон был отменён.")).toEqual([]);
    expect(names("Света не было весь день.")).toEqual([]);
  });

  it("takes no capitalised ordinary word at a sentence's start, no place and no venue for a name", () => {
    for (const text of ["Квитанцию не дали.", "Әкімдікке бардым.", "Обвинение было ложным.", "Синяков не было.", "Остановка была рядом."]) {
      expect(names(text), text).toEqual([]);
    }
    expect(names("Жамбыл облысында рейд болды.")).toEqual([]);
    expect(names("Сауна Жасмин работает круглосуточно.")).toEqual([]);
    expect(names("Администратор сауны Гульнара забрала паспорта.")).toEqual(["Гульнара"]);
  });
});

describe("the second round: numbers wherever their digits are", () => {
  it("cuts runs into the numbers that pass their checks", () => {
    expect(found("ИИН 900417430211 2015 года")).toEqual(["IIN:900417430211"]);
    expect(found("звонил 87011234567 5 раз")).toEqual(["PHONE:87011234567"]);
    expect(found("8 701 123 45 67 8 702 765 43 21")).toEqual(["PHONE:8 701 123 45 67", "PHONE:8 702 765 43 21"]);
    expect(found("ИИН900417430211, тел87011234567")).toEqual(["IIN:900417430211", "PHONE:87011234567"]);
    expect(found("ИИН 900417 430211")).toEqual(["IIN:900417 430211"]);
    expect(found("Тел. 8\u202f701\u202f512\u202f33\u202f08, или 8.777.301.44.92")).toEqual([
      "PHONE:8\u202f701\u202f512\u202f33\u202f08",
      "PHONE:8.777.301.44.92",
    ]);
  });

  it("finds cards by Luhn and IBANs by mod 97, and leaves numbers that fail", () => {
    expect(found("Карта 4400 0884 9846 4646, IBAN KZ46 125K ZT91 7052 7949")).toEqual([
      "CARD:4400 0884 9846 4646",
      "IBAN:KZ46 125K ZT91 7052 7949",
    ]);
    expect(found("Штрихкод 4400284216398361 на упаковке.")).toEqual([]);
  });

  it("finds dates of birth only where the text says so, and handles", () => {
    expect(found("д.р. 12.01.1987, задержана 15.03.2015")).toEqual(["DOB:12.01.1987"]);
    expect(found("Born on 18 November 1984.")).toEqual(["DOB:18 November 1984"]);
    expect(found("1988 жылы 6 қарашада туған.")).toEqual(["DOB:1988 жылы 6 қараша"]);
    expect(found("Пишите @zhanna_87 или zhanna@mail.ru")).toEqual(["HANDLE:@zhanna_87", "EMAIL:zhanna@mail.ru"]);
  });

  it("finds case, protocol, КУИ/ЕРДР and medical numbers after their words", () => {
    expect(found("Протокол № 2-1187/2015 от 12.03.2015, КУИ № 1957")).toEqual(["DOCNUM:2-1187/2015", "DOCNUM:1957"]);
    expect(found("ЕРДР № 211500031000123, медкарта № 4471")).toEqual(["DOCNUM:211500031000123", "DOCNUM:4471"]);
    expect(found("№ 0093418 хаттама толтырылды.")).toEqual(["DOCNUM:0093418"]);
    expect(found("В женской консультации №2 ей отказали.")).toEqual([]);
  });
});

describe("issue #15: text nobody tuned it on", () => {
  it("finds nicknames in quotes after a call sign, a nickname word or 'known as', and before лақап атты", () => {
    expect(names("Администратор с позывным «Чика» собирал деньги.")).toEqual(["Чика"]);
    expect(names("«Бөрі» лақап атты полицей ақша жинайтын.", { lang: "kk" })).toEqual(["Бөрі"]);
    expect(names('The pimp, known on the street as "Chukcha", took half.', { lang: "en" })).toEqual(["Chukcha"]);
    // A quoted venue stays a venue.
    expect(names("Её забрали из сауны «Алия» ночью.")).toEqual([]);
  });

  it("finds a name with an initial in quotes, Latin two-letter initials, and a surname before an unlisted first name", () => {
    expect(names("Получатель перевода: «Ерлан Т.».")).toEqual(["Ерлан Т."]);
    expect(names("Signed by Lt. Zh. Omarov and Ye. V. Kim.", { lang: "en" })).toEqual(["Zh. Omarov", "Ye. V. Kim"]);
    expect(names("Арыз беруші Бекмұратова Жансезім Үштөбеде тұрады.", { lang: "kk" })).toEqual(["Бекмұратова Жансезім"]);
  });

  it("finds possessive adjectives made from first names, and surnames that begin like a town", () => {
    expect(names("Меня посадили в Гришину машину, это была Светина подруга.")).toEqual(["Гришину", "Светина"]);
    expect(names("Капитан Семёнов стоял у входа.")).toEqual(["Семёнов"]);
    expect(names("Машина стояла у подъезда.")).toEqual([]);
  });

  it("takes a name after a role across a dash, and a name before есімді at a sentence's start", () => {
    expect(names("хозяин квартиры — Тимур, он брал деньги")).toEqual(["Тимур"]);
    expect(names("Айдана есімді қызды бөлімге апарды.", { lang: "kk" })).toEqual(["Айдана"]);
  });

  it("reads a chat with capitals only in codes as a chat: lower-case names are names", () => {
    expect(names("срочно!! ксюху увезли на машине 550 BAK 05")).toEqual(["ксюху"]);
    expect(names("ask aizhan, she saw them", { lang: "en" })).toEqual(["aizhan"]);
    // With full stops, the text is written, and a lower-case word is a word.
    expect(names("Деньги я перевела его жене.")).toEqual([]);
  });

  it("leaves places, institutions, Kazakh nouns in -хана and streets named after people alone", () => {
    const clean = [
      "Обращение направлено в Генеральную прокуратуру Кыргызской Республики.",
      "Емханада кезек ұзақ болды, зертханаға жолдама бермеді.",
      "Потом она стояла на Толе би и на Абылай хана.",
      "бүгін ештеңе алмады, ертең келеді",
      "Случай №17 и Анкета № 40 внесены в базу без имён.",
      "Анализатордың сериялық нөмірі 930415300124 журналға жазылды.",
    ];
    for (const text of clean) expect(scrubText(text).entities, text).toEqual([]);
  });

  it("finds every number of a list after one document word, three digits after a №, and a series before №", () => {
    expect(found("Материалы переданы в КУИ № 4417 и № 4418.")).toEqual(["DOCNUM:4417", "DOCNUM:4418"]);
    expect(found("Two protocols, Nos. 0034991 and 0034992, differ.", { lang: "en" })).toEqual(["DOCNUM:0034991", "DOCNUM:0034992"]);
    expect(found("Постановлением № 527 штраф отменён.")).toEqual(["DOCNUM:527"]);
    expect(found("Протокол ВК №0044718 составлен с нарушениями.")).toEqual(["DOCNUM:ВК №0044718"]);
    expect(found("Murat zheton nomeri 05519 dep jazyp aldym", { lang: "kk" })).toEqual(["NAME:Murat", "DOCNUM:05519"]);
  });

  it("finds profile links and handles named as such as HANDLE", () => {
    expect(found("pishi v telegu t.me/lyalya_tdk ili v lichku")).toEqual(["HANDLE:t.me/lyalya_tdk"]);
    expect(found("ник в телеге sveta_kz88, пиши туда")).toEqual(["HANDLE:sveta_kz88"]);
    expect(found("инстада aru.nails_tdk деп іздеңдер", { lang: "kk" })).toEqual(["HANDLE:aru.nails_tdk"]);
    // An NGO's site is a URL, not a handle.
    expect(found("Сайт: www.amelia-ngo.kz")).toEqual(["URL:www.amelia-ngo.kz"]);
  });

  it("finds a birth year before г.р. or жылы туған, and a birth date after a sentence that ends in a number", () => {
    expect(found("Жумагулова Алтынай, 1989 г.р., направлена на консультацию.")).toEqual(["NAME:Жумагулова Алтынай", "DOB:1989"]);
    expect(found("Мен 1994 жылы туғанмын.", { lang: "kk" })).toEqual(["DOB:1994"]);
    expect(found("В 2014 году её задерживали пять раз.")).toEqual([]);
    expect(found("Patient IIN 701013373927. Date of birth: 14 March 1990.", { lang: "en" })).toEqual([
      "IIN:701013373927",
      "DOB:14 March 1990",
    ]);
  });

  it("ends an address at a Kazakh house word glued to its last number, and reads Latin-script addresses", () => {
    expect(found("Бізді Қабанбай батыр көшесі, 9-үй, 3-пәтерге апарды.", { lang: "kk" })).toEqual([
      "ADDRESS:Қабанбай батыр көшесі, 9-үй, 3-пәтерге",
    ]);
    expect(found("Проживает по адресу: ул. Біржан сал, 41, кв. 7.")).toEqual(["ADDRESS:ул. Біржан сал, 41, кв. 7"]);
    expect(found("zhivu na Tolstogo 12 kv 30, zahodi")).toEqual(["ADDRESS:Tolstogo 12 kv 30"]);
  });
});

describe("issue #15, fifth round: birth words anywhere near, chat spellings, corners", () => {
  it("finds a birth year a few words from a birth word, before or after it, and leaves the incident dates", () => {
    expect(found("Я родилась в 1995 году в Уштобе, задержана в 2015.")).toEqual(["DOB:1995"]);
    expect(found("She was born in Shymkent in 1994 and was detained in 2015.", { lang: "en" })).toEqual(["DOB:1994"]);
    expect(found("Мен 1993 жылы Талдықорғанда туылғанмын, 2014 жылы ұсталдым.", { lang: "kk" })).toEqual(["DOB:1993"]);
    expect(found("Туған жылы: 1991. Тіркеуі жоқ.", { lang: "kk" })).toEqual(["DOB:1991"]);
    expect(found("ona 1991 g.r., iz Taraza")).toEqual(["DOB:1991"]);
    expect(found("Год рождения — 1988, 88 г.р. по паспорту.")).toEqual(["DOB:1988", "DOB:88"]);
    // The cue after one year is not the next one's; a child's birth (родила) and a homeland (туған жер) are not hers.
    expect(found("Сама я 1990 года рождения, в сауне с 2011 года.")).toEqual(["DOB:1990"]);
    expect(found("14.02.1990 г. родилась, 14.05.2015 задержана.")).toEqual(["DOB:14.02.1990"]);
    expect(found("В 2015 году я родила дочь, а в 2016 меня задержали.")).toEqual([]);
    expect(found("2015 жылы біз туған жерге қайттық.", { lang: "kk" })).toEqual([]);
  });

  it("meets Latin chat spellings of names: an apostrophe for the soft sign, yo/io for ё, a final j, Kazakh endings", () => {
    expect(names("Natal'ya prishla s Tat'yanoi")).toEqual(["Natal'ya", "Tat'yanoi"]);
    expect(names("Alyona i Seriozha ushli rano, pogovori s Sergej")).toEqual(["Alyona", "Seriozha", "Sergej"]);
    expect(names("kecha Saulemen kordim, ol jylap jur")).toEqual(["Saulemen"]);
  });

  it("takes a lower-case name joined by 'and' to another, and one after a role that is a word only of another language", () => {
    expect(names("Today aizhan and madina were taken by the police.", { lang: "en" })).toEqual(["aizhan", "madina"]);
    expect(names("Сутенёр азамат забирал половину.")).toEqual(["азамат"]);
    expect(names("Вера и надежда у нас есть. Роза и лилия в вазе.")).toEqual([]);
    expect(names("Полиция азаматты ұстады.", { lang: "kk" })).toEqual([]);
  });

  it("takes a first name that is an ordinary word at a sentence's start before a verb of speech or a role in apposition", () => {
    expect(names("Роза сказала, что её избили. Вера позвонила мне ночью.")).toEqual(["Роза", "Вера"]);
    expect(names("Султан, наш сутенёр, забрал всё.")).toEqual(["Султан"]);
    expect(names("May said the police came.", { lang: "en" })).toEqual(["May"]);
    expect(names("Любовь пришла нежданно. Надежда, конечно, есть. Слава богу, отпустили.")).toEqual([]);
  });

  it("takes no institution's adjective after a role, and no street's name at a corner", () => {
    expect(names("Прокурор Генеральной прокуратуры ответил через месяц.")).toEqual([]);
    expect(names("The Prosecutor General's Office did not reply.", { lang: "en" })).toEqual([]);
    expect(names("Мы стояли на углу Абая и Сейфуллина, там всегда патруль.")).toEqual([]);
    expect(names("Абай мен Сейфуллин қиылысында тұрдық.", { lang: "kk" })).toEqual([]);
    expect(names("Капитан Ковальская из районного отдела пришла.")).toEqual(["Ковальская"]);
  });

  it("takes a card whose first twelve digits pass as an IIN for the card", () => {
    expect(found("каспи 8701 1039 5837 0006 скинь пожалуйста")).toEqual(["CARD:8701 1039 5837 0006"]);
    expect(found("ИИН 870110395837 0006 раз проверяли")).toEqual(["IIN:870110395837"]);
  });

  it("numbers what a № follows in an acronym no list has, not a state's law or a hospital's number", () => {
    expect(found("ҚСТРТ № 231900031007712 бойынша іс тоқтатылды.")).toEqual(["DOCNUM:231900031007712"]);
    expect(found("ҚЖТ № 5522 от 12.06.2023, жауап жоқ.")).toEqual(["DOCNUM:5522"]);
    expect(found("Закон РК № 480-IV от 2011 года, её отвезли в ГКБ № 7.")).toEqual([]);
  });

  it("finds a birthday without its year after a chat's birthday word, and months in Latin letters", () => {
    expect(found("у меня др 14.02 кстати, приходите")).toEqual(["DOB:14.02"]);
    expect(found("my bday is 14 Feb, come over")).toEqual(["DOB:14 Feb"]);
    expect(found("tugan kunim 12 sauir, kelinder", { lang: "kk" })).toEqual(["DOB:12 sauir"]);
    expect(found("Задержали 14.02, отпустили 15.02.")).toEqual([]);
    expect(found("Dr Smith said 14.02 at the clinic")).toEqual(["NAME:Smith"]);
  });

  it("finds a name that is also a word when she is called by it: a comma, then you", () => {
    expect(names("Дина,ты как? живая?")).toEqual(["Дина"]);
    expect(names("Роза, ты видела?")).toEqual(["Роза"]);
    expect(names("Вера, надежда и любовь — вот что осталось.")).toEqual([]);
  });

  it("takes a street said by its eponym's name alone for a place, unless a complaint or a first name says person", () => {
    expect(names("Облава на Райымбека сейчас, не выходите")).toEqual([]);
    expect(names("Жила я тогда на Гагарина, хозяйка квартиры всё знала.")).toEqual([]);
    expect(names("oblava na Raiymbeka seichas ne vyhodite")).toEqual([]);
    expect(names("Отвезли на Толе би, там отдел.")).toEqual([]);
    expect(names("Я подала жалобу на Сейфуллина.")).toEqual(["Сейфуллина"]);
    expect(names("Давили на Сейфуллина Ерлана.")).toEqual(["Сейфуллина Ерлана"]);
  });

  it("finds a nickname in quotes that someone was called, not a sauna's name", () => {
    expect(names("В машине был второй, которого называли «Бабай».")).toEqual(["Бабай"]);
    expect(names("Көлікте екінші біреу отырды, оны «Бабай» деп атады.")).toEqual(["Бабай"]);
    expect(names("Сауну называют «Малинка», там всё и было.")).toEqual([]);
  });

  it("finds initials alone after a role, the respondent's included", () => {
    expect(names("Респондент А. Б. просит не указывать место работы.")).toEqual(["А. Б."]);
    expect(names("Respondent A. S., 28 let, kontakt tolko WhatsApp.")).toEqual(["A. S."]);
  });

  it("reads document numbers with a letter inside or a series after a slash, a register's number after no., and no masked card", () => {
    expect(found("Копия постановления № 1917-23-00-3а/1554 приложена к анкете.")).toEqual(["DOCNUM:1917-23-00-3а/1554"]);
    expect(found("Медицинская карта № 0047/Ж заведена на чужое имя.")).toEqual(["DOCNUM:0047/Ж"]);
    expect(found("It was registered in the Unified Register under no. 231975030002217.")).toEqual(["DOCNUM:231975030002217"]);
    expect(found("карта 4400 43** **** 6616 — это маска")).toEqual([]);
  });

  it("finds a birth date whose verb of birth comes after the place", () => {
    expect(found("Мен 1989 жылы 2 қыркүйекте Текелі қаласында туғанмын.")).toEqual(["DOB:1989 жылы 2 қыркүйек"]);
    expect(found("12 марта в отделе родила, потом отпустили.")).toEqual([]);
  });

  it("takes no English numeral or documentation word at a sentence's start for a name, and no title alone", () => {
    expect(names("Interview held on 17 May 2023 at the NGO office, 40 minutes.", { lang: "en" })).toEqual([]);
    expect(names("Nine women were detained in the raid.", { lang: "en" })).toEqual([]);
    expect(names("The officer, Lt. Sarsenbayev, told me to pay.", { lang: "en" })).toEqual(["Sarsenbayev"]);
  });

  it("leaves the public figure a school, a monument or a park is named after, and acronyms with a capital inside", () => {
    expect(names("Мы стояли у школы имени Ахмета Байтурсынова, рядом с остановкой.")).toEqual([]);
    expect(names("Памятник Абаю видно из окна отделения.")).toEqual([]);
    expect(names("Абай атындағы саябақта тұрдық.", { lang: "kk" })).toEqual([]);
    expect(names("Им Ахметова сказала, что ждать.")).toEqual(["Ахметова"]);
    expect(names("Гражданка РУз, студентка КазНУ Алия.")).toEqual(["Алия"]);
    expect(names("каспи 5375967069288195 Айгүл атында", { lang: "kk" })).toEqual(["Айгүл"]);
  });

  it("reads two Kazakh names as two people when the first is in the genitive (Динараның Мараты)", () => {
    expect(names("Динараның Мараты полицияда істейді.", { lang: "kk" })).toEqual(["Динараның", "Мараты"]);
    expect(names("Жанардың Кәкесі барлық ақшаны апарып береді.", { lang: "kk" })).toEqual(["Жанардың", "Кәкесі"]);
    expect(names("Алматының Полициясы", { lang: "kk" })).toEqual([]);
  });

  it("takes a name that is also a word for a person when joined by 'и' to a name that is not, and a word called so for none", () => {
    expect(names("Алёну и Вику держали в обезьяннике до утра.")).toEqual(["Алёну", "Вику"]);
    expect(names("Ерік деген нәрсе бізде жоқ сияқты.", { lang: "kk" })).toEqual([]);
    expect(names("Тілек біреу ғана.", { lang: "kk" })).toEqual([]);
  });

  it("reads a letter's number past its dashes, a Russian passport, an address glued to a word, and Latin Kazakh roles", () => {
    expect(found("Ответ прокуратуры исх. № 2-15-24/3381 от 20.05.2024")).toEqual(["DOCNUM:2-15-24/3381"]);
    expect(found("Паспорт РФ 45 17 803211 изъят при задержании.")).toEqual(["DOCNUM:45 17 803211"]);
    expect(found("моя почтаzhanna.t+docs@mail.ru,туда фото")).toEqual(["EMAIL:zhanna.t+docs@mail.ru"]);
    expect(names("Medbike Ainur qolghap kimei qan aldy.", { lang: "kk" })).toEqual(["Ainur"]);
  });

  it("reads a name that is a word of the text's language as one in Latin letters too, and a metro station by its eponym", () => {
    expect(names("Vera v nashikh yuristov u menya est'", { lang: "ru" })).toEqual([]);
    expect(names("vchera Vera skazala, chto pridet", { lang: "ru" })).toEqual(["Vera"]);
    expect(names("Aliya ne vyshla na svyaz", { lang: "ru" })).toEqual(["Aliya"]);
    expect(names("Baqyt degen osy shyghar", { lang: "kk" })).toEqual([]);
    expect(names("Dana said Bota was taken to the station", { lang: "en" })).toEqual(["Dana", "Bota"]);
    expect(names("встречаемся в 19:00 у метро Абая, не опаздывайте")).toEqual([]);
  });

  it("finds the colloquial vocative where she is called by it, and a name after 'по имени'", () => {
    expect(names("маш ты где?? менты на точке, не приезжай")).toEqual(["маш"]);
    expect(names("Алё наташ это я, перезвони как сможешь")).toEqual(["наташ"]);
    expect(names("Наташ, срочно, тебя участковый спрашивал у подъезда")).toEqual(["Наташ"]);
    expect(names("дан приказ ему на запад, сон был плохой")).toEqual([]);
    expect(names("Я сняла комнату у женщины по имени Зульфия, она знала.")).toEqual(["Зульфия"]);
  });

  it("reads addresses in pieces a comma joins, up to a floor or an entrance, and Latin street names with batyra", () => {
    expect(found("Он продиктовал адрес: Мұратбаев көшесі, 75-үй, 2-қабат, «туда принесёшь»")).toEqual(["ADDRESS:Мұратбаев көшесі, 75-үй"]);
    expect(found("новый адрес Навои 208, подъезд 2, этаж 4, приходите")).toEqual(["ADDRESS:Навои 208"]);
    expect(found("current address Flat 9, 27 Zhambyl Street, Taraz.", { lang: "en" })).toEqual(["ADDRESS:Flat 9, 27 Zhambyl Street"]);
    expect(found("adres: ul. Kabanbai batyra 112, kv. 5.")).toEqual(["ADDRESS:ul. Kabanbai batyra 112, kv. 5"]);
  });

  it("finds birth dates after d.r., т.ж. and chat birthday words, and series in Kazakh capitals", () => {
    expect(found("Pacientka Kim Alina, d.r. 03/05/1999.")).toEqual(["NAME:Kim Alina", "DOB:03/05/1999"]);
    expect(found("ТАӘ: СЕРІКБАЕВА ГҮЛМИРА; т.ж.: 1987; Қарағанды қ.", { lang: "kk" })).toEqual(["NAME:СЕРІКБАЕВА ГҮЛМИРА", "DOB:1987"]);
    expect(found("my bday is June 14, not the 4th", { lang: "en" })).toEqual(["DOB:June 14"]);
    expect(found("In June 14 women were detained.", { lang: "en" })).toEqual([]);
    expect(found("Құжаттар: қаулы № ҚН-55120; Шағым ҚАЖ № 3420 болып тіркелді.", { lang: "kk" })).toEqual([
      "DOCNUM:ҚН-55120",
      "DOCNUM:3420",
    ]);
  });

  it("takes a surname no list has before a first name in a form's field, in capitals too", () => {
    expect(names("Зардап шегуші: Масанчи Айша, дүнген, 1990 ж.т.", { lang: "kk" })).toEqual(["Масанчи Айша"]);
    expect(names("Зардап шегуші: ВАНАХУН ДИЛЬНАРА. Жеке куәлік жоқ.", { lang: "kk" })).toEqual(["ВАНАХУН ДИЛЬНАРА"]);
    expect(names("Протокол составлен ДВД Алматы, сотрудник УМПС не представился.")).toEqual([]);
  });

  it("takes the flower named Aigul, a place one goes toward, and a patient's name after науқас", () => {
    expect(names("Айгүл гүлі терезенің алдында гүлдеп тұр", { lang: "kk" })).toEqual([]);
    expect(names("bazardan Aigul gulderin aldym, 2000 tenge", { lang: "kk" })).toEqual([]);
    expect(names("Патрульдер Ақерке мен Жансаяны Бурундай жаққа апарып тастады", { lang: "kk" })).toEqual(["Ақерке", "Жансаяны"]);
    expect(names("Науқас Жумабаева-Сейт Айсулу келді", { lang: "kk" })).toEqual(["Жумабаева-Сейт Айсулу"]);
    expect(names("Айгүл жақсы адам, ол бізге көмектесті", { lang: "kk" })).toEqual(["Айгүл"]);
  });

  it("reads a street's name, a comma and a house with its flat as an address, and a room alone as none", () => {
    expect(found("снимали квартиру на Жандосова, 58, кв. 12, потом съехали")).toEqual(["ADDRESS:Жандосова, 58, кв. 12"]);
    expect(found("Adres: Baizakova, 280, kv. 61, tolko vecherom")).toEqual(["ADDRESS:Baizakova, 280, kv. 61"]);
    expect(found("Адрес: ул. Шевченко, 165Б, 4 этаж, кв. 18 (квартира)")).toEqual(["ADDRESS:ул. Шевченко, 165Б, 4 этаж, кв. 18"]);
    expect(found("повестка на пр. Назарбаева, 28, каб. 305 — там офис")).toEqual(["ADDRESS:пр. Назарбаева, 28"]);
    expect(found("Нас держали в кабинете 214 до утра, Ахметова, 35 лет, тоже.")).toEqual(["NAME:Ахметова"]);
  });

  it("finds a birth date before a Kazakh birth verb in any person, and a birth year after d.r.", () => {
    expect(found("Мен 1995 жылы 14 шілдеде туылдым, Түркістан облысынан келдім", { lang: "kk" })).toEqual(["DOB:1995 жылы 14 шілде"]);
    expect(found("Zhabirlenushi / d.r. 1999 / bailanys joq", { lang: "kk" })).toEqual(["DOB:1999"]);
    expect(found("Ол 2015 жылы 3 мамырда туған жеріне қайтты", { lang: "kk" })).toEqual([]);
  });

  it("reads ш/а and к-сі, a house with a slash or a letter before its -үй, and Latin d. for дом", () => {
    expect(found("Тұрамын: Шұғыла ш/а, 340/4-үй, 56-пәтер.", { lang: "kk" })).toEqual(["ADDRESS:Шұғыла ш/а, 340/4-үй, 56-пәтер"]);
    expect(found("ш/а Алмагүл, 12-үй, 44-пәтер", { lang: "kk" })).toEqual(["ADDRESS:ш/а Алмагүл, 12-үй, 44-пәтер"]);
    expect(found("Құрманғазы к-сі, 97-үй, 5-пәтер", { lang: "kk" })).toEqual(["ADDRESS:Құрманғазы к-сі, 97-үй, 5-пәтер"]);
    expect(found("Сәтбаев көшесі, 30А-үй, 17-пәтер", { lang: "kk" })).toEqual(["ADDRESS:Сәтбаев көшесі, 30А-үй, 17-пәтер"]);
    expect(found("adres: ul. Tole bi, d. 59, kv. 8")).toEqual(["ADDRESS:ul. Tole bi, d. 59, kv. 8"]);
  });

  it("takes a surname quoted as written somewhere for a person, and a venue named like a woman for a venue", () => {
    expect(names("Протокол подписан «Жумабаев», но составлял его другой сотрудник.")).toEqual(["Жумабаев"]);
    expect(names("В протоколе написано «Сейтказиева» вместо «Сейткалиева».")).toEqual(["Сейтказиева", "Сейткалиева"]);
    expect(names("«Мадина» саунасы жабылды.", { lang: "kk" })).toEqual([]);
    expect(names("Мы работали в сауне «Малинка» и в кафе «Жасмин».")).toEqual([]);
  });

  it("finds the numbers of prescriptions, sick notes, insurance policies and experts' conclusions, and a register's number after нөмірі", () => {
    expect(found("Заключение эксперта № 4817 о побоях она получила через месяц.")).toEqual(["DOCNUM:4817"]);
    expect(found("Рецепт № РЦ-55310229 на АРВТ выписан.")).toEqual(["DOCNUM:РЦ-55310229"]);
    expect(found("Полис ОСМС 0701 4582 1193 недействителен.")).toEqual(["DOCNUM:0701 4582 1193"]);
    expect(found("Полис ОСМС № ОСМС-118-440213 белсенді емес.", { lang: "kk" })).toEqual(["DOCNUM:ОСМС-118-440213"]);
    expect(found("ҚЖТ нөмірі 2418-11-0042, арызды қабылдады.", { lang: "kk" })).toEqual(["DOCNUM:2418-11-0042"]);
    expect(found("Карточку 2015 года потеряли, заключение: 3 ребра сломаны.")).toEqual([]);
  });

  it("reads a street said by its name after 'на' with its house, and Latin pr., podezd and mekenzhai", () => {
    expect(found("В отделе на Ташкентской, 112 ей не дали позвонить.")).toEqual(["ADDRESS:Ташкентской, 112"]);
    expect(found("я пошла в полицию на Сейфуллина, 551 и просидела там.")).toEqual(["ADDRESS:Сейфуллина, 551"]);
    expect(found("на Абая, 5 человек стояли")).toEqual([]);
    expect(found("adres: pr. Raiymbeka, d. 348, kv. 7.")).toEqual(["ADDRESS:pr. Raiymbeka, d. 348, kv. 7"]);
    expect(found("mekenzhai Tolstoi 55, 3-podezd, 41-pater, kelinder", { lang: "kk" })).toEqual(["ADDRESS:Tolstoi 55, 3-podezd, 41-pater"]);
  });

  it("finds a Kazakh name with a predicate ending (Ерікпін, 'I am Erik')", () => {
    expect(names("Полиция қызметкері өзін Ерікпін деп таныстырды.", { lang: "kk" })).toEqual(["Ерікпін"]);
    expect(names("Мен сізге айттым, бәрі жақсы.", { lang: "kk" })).toEqual([]);
  });
});

describe("issue #15, sixth round: owners and companions, nicknames one is known by, birth dates an IIN holds", () => {
  it("finds a name that owns kin, a phone or papers, even opening the sentence, and not a star's light", () => {
    expect(names("Маржанның күйеуі араша түсемін деп еді, оны да әкетті.", { lang: "kk" })).toEqual(["Маржанның"]);
    expect(names("Самалдың жаңа нөмірі өзгерді", { lang: "kk" })).toEqual(["Самалдың"]);
    expect(names("Дашин телефон у меня, она в отделе")).toEqual(["Дашин"]);
    expect(names("Светина мама узнала всё от участкового")).toEqual(["Светина"]);
    expect(names("Жұлдыздың жарығы көрінді.", { lang: "kk" })).toEqual([]);
    expect(names("Бақыттың кілті еңбекте.", { lang: "kk" })).toEqual([]);
  });

  it("finds a name with 'the two of us', деген before a role, an adverb before a verb of speech, ё, and 'X from the'", () => {
    expect(names("Ақбота екеуміз аялдамада тұрғанбыз", { lang: "kk" })).toEqual(["Ақбота"]);
    expect(names("Біз үшеуміз бекетте тұрғанбыз", { lang: "kk" })).toEqual([]);
    expect(names("Мейірім деген мейірбике ғана бізге адамша қарады.", { lang: "kk" })).toEqual(["Мейірім"]);
    expect(names("Тёма опять звонил, говорит если не заплачу, сдаст")).toEqual(["Тёма"]);
    expect(names("Тема опять та же: штрафы.")).toEqual([]);
    expect(names("Hope from the outreach team drove me to the crisis centre.", { lang: "en" })).toEqual(["Hope"]);
    expect(names("Hope is all we had that night.", { lang: "en" })).toEqual([]);
    expect(names("I was 19 the first time they detained me.", { lang: "en" })).toEqual([]);
  });

  it("finds a quoted nickname one is known, saved or listed as, after a witness's colon, or a pseudonym", () => {
    expect(names("Меня знают как «Ласточка», настоящее имя не спрашивали.")).toEqual(["Ласточка"]);
    expect(names("Свидетель: «Малыш» (настоящее имя не известно)")).toEqual(["Малыш"]);
    expect(names("в телефоне он записан как «Асхат мент».")).toEqual(["Асхат"]);
    expect(names("Пострадавшая (псевдоним «Ласточка»), 26 лет")).toEqual(["Ласточка"]);
    expect(names("«Коротышка» — так девочки называют этого сержанта.")).toEqual(["Коротышка"]);
    expect(names('the senior one, whom the girls call "Moustache", said', { lang: "en" })).toEqual(["Moustache"]);
    expect(names("Фельдшер: «Ничего, пройдёт».")).toEqual([]);
    expect(names("Мы работали в сауне «Малинка».")).toEqual([]);
  });

  it("finds the birth date an IIN of the same text holds, year-first and US dates after their cue, and т.к. in Kazakh", () => {
    expect(found("Пациентка Дюсенова Карлыгаш Ермековна, 19 декабря 1986 г., ИИН 861219400058, поступила")).toContain(
      "DOB:19 декабря 1986",
    );
    expect(found("Задержана 19 декабря 2016 г., ИИН 861219400058")).not.toContain("DOB:19 декабря 2016");
    expect(found("ФИО: Бекова З.Т.; д/р 1979/04/10; ИИН 790410384578")).toContain("DOB:1979/04/10");
    expect(found("Her date of birth is 02/14/1998 (US-style on the form); the visit was 02/14/2024.", { lang: "en" })).toEqual([
      "DOB:02/14/1998",
    ]);
    expect(found("Жәбірленуші: Сапарова Әлия. Т.к.: 22.02.1990.", { lang: "kk" })).toContain("DOB:22.02.1990");
    expect(found("т.к. 12.03.2023 её задержали, а протокол составили 15.03.2023")).toEqual([]);
    expect(found("Менің атым Гүлжан, 21.04.1982 жылы Қарағандыда тудым.", { lang: "kk" })).toContain("DOB:21.04.1982");
    expect(found("Nauqas Tursynbaeva Madina, 09.09.1994 zh.t., infektsionistke", { lang: "kk" })).toContain("DOB:09.09.1994");
  });

  it("reads a house with its letter or slash after a street said by name, ш.а. with full stops, and a microdistrict's lettered number", () => {
    expect(found("задержали на Райымбека, 221/7, хотя взяли в другом месте")).toEqual(["ADDRESS:Райымбека, 221/7"]);
    expect(found("Хозяйка квартиры на Курмангазы, 61а всё слышала")).toEqual(["ADDRESS:Курмангазы, 61а"]);
    expect(found("Мекенжайы: Алматы қ., Жетісу-2 ш.а., 64-үй, 12-пәтер.", { lang: "kk" })).toEqual([
      "ADDRESS:Жетісу-2 ш.а., 64-үй, 12-пәтер",
    ]);
    expect(found("Мен тұратын үй — мкр. Аксай-1а, 28-үй, 15-пәтер.", { lang: "kk" })).toEqual(["ADDRESS:мкр. Аксай-1а, 28-үй, 15-пәтер"]);
  });

  it("takes a Russian passport after its word for a passport, not a phone, and Latin Kazakh documents' words", () => {
    expect(found("Паспорт РФ 92 14 507718, изъят.")).toEqual(["DOCNUM:92 14 507718"]);
    expect(found("звоните 92 14 507718")).toEqual(["PHONE:92 14 507718"]);
    expect(found("Zholdama № ZhL-24-00733 policiyanyn talabymen berilgen.", { lang: "kk" })).toEqual(["DOCNUM:ZhL-24-00733"]);
    expect(found("Справку судмедэкспертизы № 1127 выдали через месяц")).toEqual(["DOCNUM:1127"]);
    expect(found("за справку для суда нужно заплатить 15 000 «в кассу»")).toEqual([]);
  });

  it("finds a date of birth written after a person's name in a record, not an incident's date, and a birthday after dr", () => {
    expect(found("При поступлении записали: Ким Виктория, 1998-04-30, без документов.")).toEqual(["NAME:Ким Виктория", "DOB:1998-04-30"]);
    expect(found("Зардап шегуші: Имазова Хадиша, дүнген, 1983 жылғы 6 мамыр.", { lang: "kk" })).toContain("DOB:1983 жылғы 6 мамыр");
    expect(found("Ахметова Дана, 12.03.2023 задержана на точке")).toEqual(["NAME:Ахметова Дана"]);
    expect(found("u menya dr 9 noyabrya, pozdravlyajte zaranee")).toEqual(["DOB:9 noyabrya"]);
    expect(found("Мен 1985 жылғы 22 маусымда тудым.", { lang: "kk" })).toEqual(["DOB:1985 жылғы 22 маусым"]);
  });

  it("finds a name called at a message's start before an imperative or 'where', and an English name with a role in apposition", () => {
    expect(names("наташ перезвони срочно")).toEqual(["наташ"]);
    expect(names("Дана где? не отвечает уже 3 часа")).toEqual(["Дана"]);
    expect(names("АЛЕНА НЕ ОТКРЫВАЙ ДВЕРЬ ОНИ ВНИЗУ")).toEqual(["АЛЕНА"]);
    expect(names("Вера не нужна, нужны документы.")).toEqual([]);
    expect(names("Grace, a volunteer doctor from the partner clinic, examined me.", { lang: "en" })).toEqual(["Grace"]);
    expect(names("Hope, a word we forgot.", { lang: "en" })).toEqual([]);
  });

  it("reads Kazakh in the official Latin alphabet's addresses, acronyms with a case ending, and a form's number as no document's", () => {
    expect(found("tirkelgen mekenzhaiy Nauryzbai batyr köşesi, 17-üi.", { lang: "kk" })).toEqual(["ADDRESS:Nauryzbai batyr köşesi, 17-üi"]);
    expect(found("mekenzhaiy Sairan shağyn audany, 14-üi, 56-päter.", { lang: "kk" })).toEqual([
      "ADDRESS:Sairan shağyn audany, 14-üi, 56-päter",
    ]);
    expect(found("ҚЖТ-да № 2271 болып тіркелді", { lang: "kk" })).toEqual(["DOCNUM:2271"]);
    expect(found("ГКБ-да № 7 жатты", { lang: "kk" })).toEqual([]);
    expect(found("Справка формы 035-2/у № 112458 выдана в травмпункте")).toEqual(["DOCNUM:112458"]);
    expect(found("Акт медицинского освидетельствования № 0418/24 не содержит сведений")).toEqual(["DOCNUM:0418/24"]);
  });

  it("takes no institution's noun or adjective, no flower named like a woman, no noun in -ов for a name", () => {
    expect(names("Гражданка Кыргызской Республики Асанова Нуржан, паспорт изъят")).toEqual(["Асанова Нуржан"]);
    expect(names("Роза гүлін ол маған кешірім сұрап әкелді", { lang: "kk" })).toEqual([]);
    expect(names("Вызов 103 в 05:12, прибытие бригады в 05:58.")).toEqual([]);
    expect(names("Айнұр екеуміз сол күні Абайдың бойында тұрдық", { lang: "kk" })).toEqual(["Айнұр"]);
    expect(names("Сотрудники представились фамилиями Жанибеков и Ким.")).toEqual(["Жанибеков", "Ким"]);
    expect(names("сестрёнка моя Мадиша в астане, её номер у меня")).toEqual(["Мадиша"]);
  });

  it("finds a name one is known or listed as without quotes, a quoted name in a case no venue takes, and Latin Kazakh honorifics", () => {
    expect(names("Старший из патруля, которого все на точке знают как Кэпа, каждый вечер приезжает.")).toEqual(["Кэпа"]);
    expect(names("сотрудник, указанный пострадавшей как «Ерлан», в составе наряда")).toEqual(["Ерлан"]);
    expect(names("медсестра демонстративно называет «Тимуром».")).toEqual(["Тимуром"]);
    expect(names("Мы работали в сауне «Тимур».")).toEqual([]);
    expect(names("Gauhar apai aitty sotqa 9da kelu kerek eken", { lang: "kk" })).toEqual(["Gauhar"]);
    expect(names("Әділет іздеп прокуратураға бардық, бірақ бізді тыңдамады", { lang: "kk" })).toEqual([]);
  });

  it("takes a Russian-format plate whose letters are also a unit, a street after 'у дома', and Latin 'han'", () => {
    expect(found("Номер служебной машины А 245 КМ 02 записала подруга.")).toEqual(["DOCNUM:А 245 КМ 02"]);
    expect(found("проехали 245 км до Алматы")).toEqual([]);
    expect(found("находилась у дома Гагарина, 124, к ней подошли двое")).toEqual(["ADDRESS:Гагарина, 124"]);
    expect(found("я дома, 5 человек пришли")).toEqual([]);
    expect(found("mekenzhai: Abylai han dangyly, 12, 44-pater.", { lang: "kk" })).toEqual(["ADDRESS:Abylai han dangyly, 12, 44-pater"]);
  });

  it("reads a surname in the genitive after a place and 'на' as a street, not after a complaint or before a first name", () => {
    expect(names("жива, в больнице на Кабдолова, рёбра болят")).toEqual([]);
    expect(names("Гинеколог в женской консультации на Джандосова осмотрела её")).toEqual([]);
    expect(names("в отделе написала жалобу на Кабдолова, он бил")).toEqual(["Кабдолова"]);
    expect(names("в отделе на Ахметова Ерлана надавили")).toEqual(["Ахметова Ерлана"]);
  });

  it("reads no date after an office's abbreviation as its number", () => {
    expect(found("Ответ прокуратуры получен ОФ 29.04.2024, доводы жалобы признаны частично.")).toEqual([]);
    expect(found("офис 29, ул. Абая 5")).toEqual(["ADDRESS:офис 29, ул. Абая 5"]);
  });

  it("reads a route of streets between dashes as streets when one is a known eponym, and names between dashes as names", () => {
    expect(names("Ночной патруль ездит по кругу: Сейфуллина — Гоголя — Пушкина — снова Сейфуллина.")).toEqual([]);
    expect(names("Аутрич маршрут: Райымбек – Сейфуллин – Саяхат, 3 волонтёра")).toEqual([]);
    expect(names("Айгүл — Жанар — Динара пришли")).toEqual(["Айгүл", "Жанар", "Динара"]);
  });

  it("reads IBANs parted by thin spaces, numbered microdistricts, registered numbers, and Kazakh in the official Latin alphabet", () => {
    expect(found("шоты: KZ47\u20099497\u20093926\u20098543\u20098842, bank", { lang: "kk" })).toEqual([
      "IBAN:KZ47\u20099497\u20093926\u20098543\u20098842",
    ]);
    expect(found("Ақтөбе қ., 12 шағын аудан, 5-үй, 27-пәтер.", { lang: "kk" })).toEqual(["ADDRESS:12 шағын аудан, 5-үй, 27-пәтер"]);
    expect(found("12 шағын аудан тұрғындары", { lang: "kk" })).toEqual([]);
    expect(found("сообщение о краже зарегистрировано под № 6631")).toEqual(["DOCNUM:6631"]);
    expect(found("Tırkeu nömırı AK-2024-1187, pacient", { lang: "kk" })).toEqual(["DOCNUM:AK-2024-1187"]);
    expect(found("jeke kuälıgım 051277348 edı.", { lang: "kk" })).toEqual(["DOCNUM:051277348"]);
    expect(found("анықтама № 2271/Б науқастың өзіне берілмеген", { lang: "kk" })).toEqual(["DOCNUM:2271/Б"]);
    expect(found("Detained: Kamila R., b. 14/09/2001; grounds: art. 449", { lang: "en" })).toContain("DOB:14/09/2001");
  });

  it("takes a house's letter for no initial, Russian nouns in Latin letters and foreign towns for no names, and a pseudonym after its colon", () => {
    expect(found("у дома ул. Гагарина, 236Б. Суммы: 20 000 тенге")).toEqual(["ADDRESS:ул. Гагарина, 236Б"]);
    expect(names("Na Abaya stoyali, Protokolov ne sostavlyali")).toEqual([]);
    expect(names("I'm from Naryn, я работаю здесь легально.")).toEqual([]);
    expect(names("Карточка клиентки. Псевдоним: «Лиса». Настоящее имя скрыто.")).toEqual(["Лиса"]);
    expect(names("Приём в КВД. Гр. Зайцева доставлена сотрудниками полиции.")).toEqual(["Зайцева"]);
    expect(names("Назар деген жігіт жүргізуші болып істейді", { lang: "kk" })).toEqual(["Назар"]);
    expect(names("qyzdar eshkim Raiymbek boiynda turmandar", { lang: "kk" })).toEqual([]);
  });

  it("reads an eponym after 'on', 'со стороны' or 'с' as a street, and a person after 'с' in the instrumental as a person", () => {
    expect(names("Incident: near the hotel on Сейфуллин; she called 103.", { lang: "en" })).toEqual([]);
    expect(names("vkhod so storony Abaya; s soboi tolko kopii")).toEqual([]);
    expect(names("kto-nibud' znaet kuda uvezli devochek s Momyshuly?")).toEqual([]);
    expect(names("приехала с Маратом в отдел")).toEqual(["Маратом"]);
  });

  it("parts a man's surname from a woman's first name with a Kazakh ending, but not a Russian name declined whole", () => {
    expect(names("Сержант Ерболатов Ұлжанды ұрды.", { lang: "kk" })).toEqual(["Ерболатов", "Ұлжанды"]);
    expect(names("Учаскелік Жұмабайұлы Сабинамен сөйлескенде", { lang: "kk" })).toEqual(["Жұмабайұлы", "Сабинамен"]);
    expect(names("задержали Ахметова Ерлана")).toEqual(["Ахметова Ерлана"]);
  });

  it("takes the last digits of a masked card for no document's number", () => {
    expect(found("Жеке заттары: ұялы телефон, банк картасы **** 2291, 4 000 теңге.", { lang: "kk" })).toEqual([]);
    expect(found("медкарта № 2291")).toEqual(["DOCNUM:2291"]);
  });

  it("reads СДТБ and СМЭ numbers, discharge summaries, a number's word before the document's, Latin microdistricts after the name and official Latin birth dates", () => {
    expect(found("СДТБ-ға 241875031000904 нөмірімен тіркелген іс", { lang: "kk" })).toEqual(["DOCNUM:241875031000904"]);
    expect(found("Ekspert v zaklyuchenii SME No. 4112 ne opisala sledy")).toEqual(["DOCNUM:4112"]);
    expect(found("Выписной эпикриз № ВЭ-24-00938: выписана")).toEqual(["DOCNUM:ВЭ-24-00938"]);
    expect(found("в направлении указано «по требованию ОП», номер направления 341 — без даты")).toEqual(["DOCNUM:341"]);
    expect(found("Case 24-310: 3 girls detained, no protocols, ст. 449.", { lang: "en" })).not.toContain("DOCNUM:449");
    expect(found("po adresu Almaty, Nursat mkr., 24-uy, 9-pater")).toEqual(["ADDRESS:Nursat mkr., 24-uy, 9-pater"]);
    expect(found("tuğan künım 1993 jylğy 11 qañtar, bıraq polisia", { lang: "kk" })).toEqual(["DOB:1993 jylğy 11 qañtar"]);
  });

  it("finds names after 'зови меня', an attendant in apposition, an aunt in Latin letters, a Kazakh operative and an elder's honorific in the genitive", () => {
    expect(names("он сказал зови меня Батя и все так зовут")).toEqual(["Батя"]);
    expect(names("po pasportu ya Aziza Rahimova, no vse zovut menya Zizi.")).toEqual(["Aziza Rahimova", "Zizi"]);
    expect(names("Слава, санитар приёмного покоя, — не путать")).toEqual(["Слава"]);
    expect(names("Zhivu u tëti Raisy v Taldykorgane")).toEqual(["Raisy"]);
    expect(names("жедел уәкіл Қалиевке ұнамай", { lang: "kk" })).toEqual(["Қалиевке"]);
    expect(names("Мен Сәрсенбай ағаның үйінде пәтер жалдадым", { lang: "kk" })).toEqual(["Сәрсенбай"]);
  });

  it("takes no letters of a code, no street before би, no adjective before a document, no 'Слава богу', and streets at a corner for no names", () => {
    expect(names("Кейс № 2024-АЛМ-0183. Дата обращения: 11.04.2024.")).toEqual([]);
    expect(names("меня в отдел везут на толе би скажи Олесе")).toEqual(["Олесе"]);
    expect(names("Страховой полис ДМС выдан работодателем.")).toEqual([]);
    expect(names("Слава Богу, она успела удалить чат.")).toEqual([]);
    expect(names("Слава сказал, что придёт.")).toEqual(["Слава"]);
    expect(names("Кеше түнде Абай–Байзақов қиылысында два патруля стояли", { lang: "kk" })).toEqual([]);
  });

  it("reads no Latin preposition before 'st.' as a street's name", () => {
    expect(found("Po st. 309 UK RK vozbudili delo protiv administratora.")).toEqual([]);
  });

  it("finds names called so (dep ataidy, zovut, degen and a role), told something in Kazakh, with an aunt's honorific, and in apposition in Latin letters", () => {
    expect(names("Qyzdar meni Balapan dep ataidy, bul menin laqap atym.", { lang: "kk" })).toEqual(["Balapan"]);
    expect(names("Айнаға айт, она всё знает", { lang: "kk" })).toEqual(["Айнаға"]);
    expect(names("Сәуле апамның үйіне бардым", { lang: "kk" })).toEqual(["Сәуле"]);
    expect(names("Zhenis degen ment bizdi ylgi qorqytady", { lang: "kk" })).toEqual(["Zhenis"]);
    expect(names("Baqyt degen osy shygar, bari aman", { lang: "kk" })).toEqual([]);
    expect(names("Nadezhda, moya sestra, ne znaet chem ya zanimayus'")).toEqual(["Nadezhda"]);
    expect(names('nizkii, s borodoi, zovut "Bek".')).toEqual(["Bek"]);
  });

  it("reads Kazakh birth verbs after a place, Latin lettered microdistricts and residence permits", () => {
    expect(found("Men 11.12.2002 tuylgamnyn, balam bar", { lang: "kk" })).toEqual(["DOB:11.12.2002"]);
    expect(found("Мен 1991 жылғы 30 қарашада Семейде дүниеге келдім", { lang: "kk" })).toEqual(["DOB:1991 жылғы 30 қараша"]);
    expect(found("Mekenzhaiy: Aqsai-3a shagyn audany, 62-ui, 14-pater.", { lang: "kk" })).toEqual([
      "ADDRESS:Aqsai-3a shagyn audany, 62-ui, 14-pater",
    ]);
    expect(found("I have a residence permit, number RP 0083517.", { lang: "en" })).toEqual(["DOCNUM:RP 0083517"]);
  });

  it("reads a case file's sheet (л.д. 47) as no house", () => {
    expect(found("Протокол допроса свидетеля, т. 1, л.д. 47: показания записаны.")).toEqual([]);
    expect(found("ул. Абая, д. 47, кв. 5")).toEqual(["ADDRESS:ул. Абая, д. 47, кв. 5"]);
  });

  it("finds an IBAN with a space after KZ", () => {
    expect(found("Реквизиты: KZ 9496 5662 0650 3854 09, получатель")).toEqual(["IBAN:KZ 9496 5662 0650 3854 09"]);
  });
});

describe("issue #15, seventh round: initials, roles in Latin letters, four-letter names called at a message's start", () => {
  it("reads capital letters with full stops after a surname as initials, not a Kazakh microdistrict", () => {
    expect(names("Пациентка Тарасова М.А., медкарта выдана")).toEqual(["Тарасова М.А."]);
    expect(found("Самал ш.а. 12-үй")).toEqual(["ADDRESS:Самал ш.а. 12-үй"]);
  });

  it("finds a surname no list has before initials, and after a nurse written м/с", () => {
    expect(names("В ходе досмотра у Олейник Т. изъяты деньги")).toEqual(["Олейник Т."]);
    expect(names("Получатель — физлицо Жанбота Т.")).toEqual(["Жанбота Т."]);
    expect(names("Экспресс-тест проведён м/с Кравец.")).toEqual(["Кравец"]);
    // A sentence's first word before one initial is too often an ordinary one.
    expect(names("Статья Б. не применима")).toEqual([]);
  });

  it("reads roles written in Latin letters as roles, not as part of the name, and a country in Latin letters as no name", () => {
    expect(names("Politseiskii Dosymov udaril menya")).toEqual(["Dosymov"]);
    expect(names("Policeiskii Dosymov udaril menya")).toEqual(["Dosymov"]);
    expect(names("Polisei Nurlanuly Ermek telefonymdy alyp")).toEqual(["Nurlanuly Ermek"]);
    expect(names("sledovatel' Bekova skazala podpisat'")).toEqual(["Bekova"]);
    expect(names("grazhdanka Uzbekistana, Rakhimova Gulnoza")).toEqual(["Rakhimova Gulnoza"]);
    expect(names("Delo v sude Medeuskogo raiona")).toEqual([]);
  });

  it("finds a four-letter name that is also a word when asked something at a message's start, and not otherwise", () => {
    expect(names("вера ты где?? никто не видел")).toEqual(["вера"]);
    expect(names("дина қайда жоғалып кеттің")).toEqual(["дина"]);
    expect(names("mira where r u, ur phone is off")).toEqual(["mira"]);
    expect(names("вера в лучшее не помогает")).toEqual([]);
    expect(names("надежда где-то есть")).toEqual([]);
  });
  it("reads streets said by their name in Latin letters, the Kazakh locative, Russian prepositional and stretches between streets as no names", () => {
    expect(names("cops on Abay again, dont go there tonight!!")).toEqual([]);
    expect(names("ona v KVD na Zhandosova ili na Bayzakova?")).toEqual([]);
    expect(names("bugin Abaida turmandar, reid bar")).toEqual([]);
    expect(names("қыздар сақ болыңдар, бүгін Абайда рейд")).toEqual([]);
    expect(names("менттер опять на Абае стоят")).toEqual([]);
    expect(names("qyzdar, bugin Tole bide reid bar")).toEqual([]);
    expect(names("я шла пешком от Рыскулова до Саина, это часа три.")).toEqual([]);
    expect(names("В городском центре СПИД на Кемеловой приём по записи")).toEqual([]);
    expect(names("alinka v bol'nitse na Demchenko, palata 12")).not.toContain("Demchenko");
    // Abay the man: told something, or complained about.
    expect(names("Абайға айттым, ол келеді")).toEqual(["Абайға"]);
    expect(names("жалоба на Абая")).toEqual(["Абая"]);
    expect(names("накричал на Демченко")).toEqual(["Демченко"]);
  });

  it("reads an address's house or flat word after its number, in lower case after a known street, and no time or trailing floor", () => {
    expect(found("мекенжай Момышұлы 14, 52 пәтер, домофон")).toEqual(["ADDRESS:Момышұлы 14, 52 пәтер"]);
    expect(found("Жедел жәрдем Тұран даңғылы, 19/1, 40-пәтерге келді")).toEqual(["ADDRESS:Тұран даңғылы, 19/1, 40-пәтерге"]);
    expect(found("мен қазір Жандосова 58, 3 подъезд тұрмын")).toEqual(["ADDRESS:Жандосова 58"]);
    expect(found("мы на гоголя 39а офис 12 второй этаж")).toEqual(["ADDRESS:гоголя 39а офис 12"]);
    expect(found("кто рядом с шевченко 165б заберите меня")).toEqual(["ADDRESS:шевченко 165б"]);
    expect(found("сама я на Навои 310 к2 кв 88, если что")).toEqual(["ADDRESS:Навои 310 к2 кв 88"]);
    expect(found("Записала D2: боится")).toEqual([]);
    expect(found("Мы жили в общежитии на Толе би 298, комната 412, туда")).toEqual(["ADDRESS:Толе би 298, комната 412"]);
    expect(found("na Mametovoi 54 otkazala v priyome")).toEqual(["ADDRESS:Mametovoi 54"]);
    expect(found("мкр. Мамыр-4, д. 108, кв. 52, 5 этаж, без")).toEqual(["ADDRESS:мкр. Мамыр-4, д. 108, кв. 52"]);
    expect(found("Vstrecha v ofise na Zhambyla, 16:00.")).toEqual([]);
    expect(found("City Hospital No. 4, trauma ward, room 12")).toEqual([]);
  });
  it("takes no amount, date, year, article or helpline after a document's word for its number", () => {
    expect(found("КТАРОВ лично отобрал у неё паспорт и вернул только за 10 000.").filter((f) => f.startsWith("DOCNUM"))).toEqual([]);
    expect(found("Дата рождения: 07/02/1996; дата обращения: 07/02/2024; причина: осмотр")).toEqual(["DOB:07/02/1996"]);
    expect(found("Уд. личности 041129388, ІІМ 2020 берген.")).toEqual(["DOCNUM:041129388"]);
    expect(found("СДТБ № 231500031004512, ҚК 309-бабы, іс тоқтатылды.")).toEqual(["DOCNUM:231500031004512"]);
    expect(found("ЖСН:680603421047 2024-06-12 өтініш берді.")).toEqual(["IIN:680603421047"]);
    expect(found("Телефон дежурной части: 102, на жалобу — 1414, оба не отвечали.")).toEqual([]);
    expect(found("протокол от 12.03.2015 № 0093412")).toEqual(["DOCNUM:0093412"]);
  });

  it("reads Kyrgyz passports with ID, passports with a glued N, plates with the country's code or a region, and lower-case suffixes", () => {
    expect(found("паспорт ID 2180457.")).toEqual(["DOCNUM:ID 2180457"]);
    expect(found("Он взял мой паспорт серии N1247038, сфотографировал")).toEqual(["DOCNUM:N1247038"]);
    expect(found("Машина ППС, госномер KZ 062 AB 02, стояла")).toEqual(["DOCNUM:KZ 062 AB 02"]);
    expect(found("Номер служебного автомобиля A 728 KN 05, машина белая")).toEqual(["DOCNUM:A 728 KN 05"]);
    expect(found("Согласно постановлению № 0058-24/ад начальника")).toEqual(["DOCNUM:0058-24/ад"]);
    expect(found("Определение о возбуждении дела об АП № 1942-ЖД вынесено")).toEqual(["DOCNUM:1942-ЖД"]);
    // A subscriber's number never starts with 0: after a badge's word, this is the badge's.
    expect(found("показал фото удостоверения в телефоне, номер там был 0023156")).toEqual(["DOCNUM:0023156"]);
  });
  it("finds names joined by a hyphen, someone from a police unit even in quotes, and a birth date before д.р.", () => {
    expect(names("Волонтёр Анна-Мария Шульц сопровождала клиентку")).toEqual(["Анна-Мария Шульц"]);
    expect(names("Мы с Анной-Марией пошли в суд")).toEqual(["Анной-Марией"]);
    expect(names("Он сказал, что он «Жека из УБОПа», показал фото")).toEqual(["Жека"]);
    expect(names("этот Бабай с отдела звонил опять")).toEqual(["Бабай"]);
    expect(names("etot Babai s otdela zvonil")).toEqual(["Babai"]);
    expect(names("Сауна «Рахат» рядом с отделом полиции")).toEqual([]);
    expect(found("ФИО: Байжанова Айгерим; 18.09.2001 д.р.; жалоб нет")).toEqual(["NAME:Байжанова Айгерим", "DOB:18.09.2001"]);
  });
  it("joins a name across a Latin soft sign's apostrophe, reads lone initials after a role or 'со слов', and a surname in -овой after a first name", () => {
    expect(names("Na prieme vrach Igor' Nikolaevich Lim sprosil")).toEqual(["Igor' Nikolaevich Lim"]);
    expect(names("Klient Asel' Nurpeisova, d.r. 18/07/1996")).toEqual(["Asel' Nurpeisova"]);
    expect(names("Пострадавшая Ф. просит указывать её только инициалом.")).toEqual(["Ф."]);
    expect(names("Со слов К., в отделе её продержали 6 часов")).toEqual(["К."]);
    expect(names('the doctor, whose badge read "Zh. Amanova", asked')).toEqual(["Zh. Amanova"]);
    expect(names("Протокол Б. не подписан")).toEqual([]);
    expect(names("Забрали паспорт Мадины Гасановой серии N 12459873")).toEqual(["Мадины Гасановой"]);
    expect(names("Кімде Ляззаттың номері бар?")).toEqual(["Ляззаттың"]);
  });
  it("takes no Kazakh or Russian function word in Latin letters, no Kazakh word that folds to a Russian name, no participle in -ована", () => {
    expect(names("Sosyn telefonymdy aldy da, parolin aitqyzdy")).toEqual([]);
    expect(names("jana nomerim 8 775 212 90 34")).toEqual([]);
    expect(names("Мәні: 25 000 теңге бопсалау")).toEqual([]);
    expect(names("бірақ тегі қате көрсетілген")).toEqual([]);
    expect(names("скажи кате что я приду")).toEqual(["кате"]);
    expect(names("Жалоба на сотрудника зарегистрирована в ЕРДР")).toEqual([]);
    expect(found("мекенжай ул. Акан серы, 24, кв. 7; тест")).toEqual(["ADDRESS:ул. Акан серы, 24, кв. 7"]);
  });
  it("finds a name that is also a word when a dash says who it is, a woman on duty in apposition, or a verb only a person does follows", () => {
    expect(names("Роза, дежурная по УП, отказалась принять заявление")).toEqual(["Роза"]);
    expect(names("Надежда — так зовут мою подругу, — она видела всё")).toEqual(["Надежда"]);
    expect(names("Слава — это мой бывший, он и сдал меня полиции")).toEqual(["Слава"]);
    expect(names("Grace saw everything and later gave a statement.")).toEqual(["Grace"]);
    expect(names("Роза стояла на столе, а он бил меня")).toEqual([]);
    expect(names("Любовь — это не про нас")).toEqual([]);
    // A dash that says it names a thing outweighs a name that is no word.
    expect(names("Маргарита — так называлась сауна на Ташкентской")).toEqual([]);
    expect(names("Карина — это название кафе, где мы собирались")).toEqual([]);
    expect(names("Карина — так её называют девочки")).toEqual(["Карина"]);
  });
  it("finds a pet name no list holds when a message opens by asking her where she is, not an endearment or a filler", () => {
    expect(names("айкош қайдасың телефонды ал")).toEqual(["айкош"]);
    expect(names("мадишка где ты, телефонды ал уже")).toEqual(["мадишка"]);
    expect(names("zhanika qaidasyn habar ber")).toEqual(["zhanika"]);
    expect(names("жаным қайдасың")).toEqual([]);
    expect(names("короче где ты")).toEqual([]);
    expect(names("сәлем, қайдасың?")).toEqual([]);
  });
  it("reads Kazakh in the 2018 Latin alphabet's addresses, a microdistrict's number before Kazakh house words, and Kazakh roles", () => {
    expect(found("Naýqastyń mekenjaıy Seıfýllın dańǵyly, 458-úı, 31-páter, telefony joq.")).toEqual([
      "ADDRESS:Seıfýllın dańǵyly, 458-úı, 31-páter",
    ]);
    expect(names("ol túni meni Abaı dańǵylynda ustady")).toEqual([]);
    expect(found("Adres: Samal-1, 12 uy, 40 pater, no ona tam ne zhivet")).toEqual(["ADDRESS:Samal-1, 12 uy, 40 pater"]);
    expect(names("Жәбірленуші Мұратқызы Жансая сотқа дейінгі тергеуде")).toEqual(["Мұратқызы Жансая"]);
    expect(names("Azamatsha Tólegenova Aıgerim ÁQBtK 449-baby boıynsha")).toEqual(["Tólegenova Aıgerim"]);
  });

  it("takes no adjective in -овной for a patronymic, reads a quoted name with its honorific, a pet name greeted, and a quoted name after гр.", () => {
    expect(names("признать Турсынбаеву Мадину виновной в совершении")).toEqual(["Турсынбаеву Мадину"]);
    expect(names("жанна сергеевна пришла")).toEqual(["жанна сергеевна"]);
    expect(names('on predstavilsya kak "Marat-aga", no potom')).toEqual(["Marat"]);
    expect(names("ленусь привет, ты завтра на тест идёшь?")).toEqual(["ленусь"]);
    expect(names("всем привет, девочки")).toEqual([]);
    expect(names("в ходе контрольной закупки гр. «Лола» получила 25 000 тенге")).toEqual(["Лола"]);
    expect(names("Азаматша «Жеңіс» кафесінің жанында ұсталды.")).toEqual([]);
  });
  it("reads addresses after 'Адрес пациента:' or 'По месту жительства —', lettered houses with a building, and a house's number as no document's", () => {
    expect(found("Адрес пациента: Кунаева, д.21б, кв.7, тел. нет")).toEqual(["ADDRESS:Кунаева, д.21б, кв.7"]);
    expect(found("По месту жительства — Момышулы 12-45 — никто не открыл")).toEqual(["ADDRESS:Момышулы 12-45"]);
    expect(found("Они приходили в квартиру на Сатпаева 30а/3, кв 77 три раза")).toEqual(["ADDRESS:Сатпаева 30а/3, кв 77"]);
    expect(found("Адрес регистрации: пр. Сейфуллина, д. 404/67, кв. 112, фактическое")).toEqual([
      "ADDRESS:пр. Сейфуллина, д. 404/67, кв. 112",
    ]);
  });

  it("reads series in any alphabet and two joined series, a Kyrgyz mobile dialled at home, and lists of streets", () => {
    expect(found("jaýapkershilikke tartyldy, hattama ÁQ 0339127.")).toEqual(["DOCNUM:ÁQ 0339127"]);
    expect(found("Науқастың сақтандыру полисі № KZ-ОСМС-0193385 жарамсыз")).toEqual(["DOCNUM:KZ-ОСМС-0193385"]);
    expect(found("on dal mne svoi nomer 0555 219 804, on iz Bishkeka")).toEqual(["PHONE:0555 219 804"]);
    expect(found("Hattama № AA 0733518 449-bap boiynsha toltyryldy")).toEqual(["DOCNUM:AA 0733518"]);
    expect(names("Сейфуллина, Райымбека, Толе би, Абая — основные точки задержаний")).toEqual([]);
    expect(names("Reid na Tole bi i Seifullina, 4 hattama")).toEqual([]);
    expect(names("Ахметов и Сейфуллин задержали меня")).toEqual(["Ахметов", "Сейфуллин"]);
  });

  it("takes no Kazakh word that folds to a name with an ending (алаңында is no Алан), nor a name before a square", () => {
    expect(names("Наурыз мерекесінде Наурызбаеваны Абай алаңында ұстаған")).toEqual(["Наурызбаеваны"]);
    expect(names("мен айгүлге айттым")).toEqual(["айгүлге"]);
    expect(names("My friend Tatyana Park saw everything.")).toEqual(["Tatyana Park"]);
  });
  it("finds a Kazakh pet form in -ш asked how she is, a surname opening a list of surnames, and someone from an organisation", () => {
    expect(names("Динаш қалайсың? кешегіден кейін")).toEqual(["Динаш"]);
    expect(names("Sabinash qalaisyn? aurukhanadan shyqtyn ba")).toEqual(["Sabinash"]);
    expect(names("Сотрудники: Мусин, Байжанов, Оспанов А. — все из ОП")).toEqual(["Мусин", "Байжанов", "Оспанов А."]);
    expect(names("звони это дана из фонда она все объяснит")).toEqual(["дана"]);
    expect(names("Это Айгерим из фонда, она поможет")).toEqual(["Айгерим"]);
  });
  it("keeps a house's number inside its address, drops a sentence's first word before a street, and reads more house words", () => {
    expect(found("Адрес для связи, указанный в карте: пр. Абая, 150/230, кв. 7, — это адрес")).toEqual([
      "ADDRESS:пр. Абая, 150/230, кв. 7",
    ]);
    expect(found("Біз Төле би, 302, кв. 41 тұрдық")).toEqual(["ADDRESS:Төле би, 302, кв. 41"]);
    expect(found("Клиент Сатпаева, 30Б, кв. 57 мекенжайына шақырды")).toEqual(["ADDRESS:Сатпаева, 30Б, кв. 57"]);
    expect(found("Жибек Жолы 50, офис 305")).toEqual(["ADDRESS:Жибек Жолы 50, офис 305"]);
    expect(found("на ул. Мира, 12-а, кв. 3 в Темиртау")).toEqual(["ADDRESS:ул. Мира, 12-а, кв. 3"]);
    expect(found("адрес вызова: ул. Байтурсынова, 126, под. 3, кв. 71.")).toEqual(["ADDRESS:ул. Байтурсынова, 126, под. 3, кв. 71"]);
    expect(found("Мекенжайы: Әл-Фараби к-сі, 95, 14-п.; эл. пошта")).toEqual(["ADDRESS:Әл-Фараби к-сі, 95, 14-п."]);
    expect(found("Men turatyn uy Aqsai-3 yqshamaudany, 21-ui, 40-pater, sol")).toEqual(["ADDRESS:Aqsai-3 yqshamaudany, 21-ui, 40-pater"]);
    expect(found("Oni otvezli menya na ulicu Shevchenko, 90, v ofis")).toEqual(["ADDRESS:ulicu Shevchenko, 90"]);
    expect(found("Заявление зарегистрировано в КУИ под № 3471 от 11.06.2024")).toEqual(["DOCNUM:3471"]);
    expect(found("вернули меня жить к тётке на ул. Островского, 12, кв. 5 под присмотр")).toEqual(["ADDRESS:ул. Островского, 12, кв. 5"]);
  });
  it("reads a birth date in the 2018 Latin alphabet as in the other spellings", () => {
    expect(found("Meniń týǵan kúnim 1994 jylǵy 5 qyrkúıekte, qujatymda da solaı jazylǵan.")).toEqual(["DOB:1994 jylǵy 5 qyrkúıek"]);
  });
  it("finds names that are also words by more evidence: an English surname after, who, a role in apposition, a possessive and a friend, the genitive of an owner", () => {
    expect(names("Interview with Hope Nwosu, a Nigerian student")).toEqual(["Hope Nwosu"]);
    expect(names("Will Osborne from the donor side asked")).toEqual(["Will Osborne"]);
    expect(names("Grace, who rents a room, told us")).toEqual(["Grace"]);
    expect(names("Faith — head nurse — apologised later")).toEqual(["Faith"]);
    expect(names("Slava taksist opyat zvonil mentam")).toEqual(["Slava"]);
    expect(names("Вера моя подруга, она свидетель")).toEqual(["Вера"]);
    expect(names("Ақбота сенің картаң чатта тұр ғой")).toEqual(["Ақбота"]);
    expect(names("Нұрдың айтуынша, патрульдік көліктің нөмірі")).toEqual(["Нұрдың"]);
    expect(names("Арманның көлігіне отырмаңдар")).toEqual(["Арманның"]);
    // …and not these.
    expect(names("Will the prosecutor open a case?")).toEqual([]);
    expect(names("Slava Bogu svideteli nashlis")).toEqual([]);
    expect(names("Hope Foundation offered a shelter")).toEqual([]);
    expect(names("Машина патрульная, номер не разглядели")).toEqual([]);
    expect(names("Мейірімді дәрігер Гауһар Сейітжанқызы ғана бізге адамша қарады.")).toEqual(["Гауһар Сейітжанқызы"]);
    expect(names("Лев, который у нас был нарисован на двери")).toEqual([]);
    expect(names("Рассмотрев материалы, постановил")).toEqual([]);
  });

  it("ends a name at its patronymic after its surname, and reads a street after a place of living with a name scrubbed before it", () => {
    expect(names("Ф.И.О.: Юлдашева Мадина Алишеровна  Дата рождения: 19.10.2001")).toEqual(["Юлдашева Мадина Алишеровна"]);
    expect(names("Я тогда жила у Бибигуль на Шаляпина, номер дома не скажу")).toEqual(["Бибигуль"]);
    expect(names("ona jdala taksi u kafe Zhuldyz")).toEqual([]);
  });
  it("reads heldout-16's spent lessons: ring roads, Latin offices, joined eponyms, streets after 'до', Kazakh register numbers and years, codes with a long series inside, a birth year's cue its own", () => {
    expect(found("живёт у земляков на ул. Северное кольцо, 42, кв. 8.")).toEqual(["ADDRESS:ул. Северное кольцо, 42, кв. 8"]);
    expect(found("adres ofisa ul. Bogenbai batyra 148, ofis 12, vtoroi etaj")).toEqual(["ADDRESS:ul. Bogenbai batyra 148, ofis 12"]);
    expect(found("Алдымен Төлеби 285 кв 9 тұрдым")).toEqual(["ADDRESS:Төлеби 285 кв 9"]);
    expect(found("пешком шла до Жансугурова 112, там живёт подруга")).toEqual(["ADDRESS:Жансугурова 112"]);
    expect(found("baninin janynda na Ryskulova, 4 adam")).toEqual([]);
    expect(found("ҚСТ-да 5512 нөмірімен тіркелді, материал жіберілді.")).toEqual(["DOCNUM:5512"]);
    expect(found("Сақтандыру полисі № 0447-ОСМС-1129 валидный")).toEqual(["DOCNUM:0447-ОСМС-1129"]);
    expect(found("Мен Талдықорғанда туғанмын, 2001 жылдың 6 ақпаны, ал полиция")).toEqual(["DOB:2001 жылдың 6 ақпаны"]);
    expect(found("Я Гульнара Мусина, 1988 года рождения, прошу зафиксировать, что 3 марта меня удерживали")).toEqual([
      "NAME:Гульнара Мусина",
      "DOB:1988",
    ]);
  });
  it("finds a writer's name after English 'it's', a Latin vocative called, and a name that is a word in lower case asked at a message's start", () => {
    expect(names("hey it's lina, new number")).toEqual(["lina"]);
    expect(names("hey it's dana, my new number")).toEqual(["dana"]);
    expect(names("it's ok, sorry")).toEqual([]);
    expect(names("это неправда, я стояла на остановке")).toEqual([]);
    expect(names("Дәрігер сказала «бұл ВИЧ-позитив, перчатки киіңдер»")).toEqual([]);
    expect(names("natash perezvoni srochno pls")).toEqual(["natash"]);
    expect(names("sveta ne beri trubku esli zvonit")).toEqual(["sveta"]);
    expect(names("света нет уже третий день")).toEqual([]);
  });
  it("reads a street's Kazakh locative in any letter case and whatever its stem ends in, and a list of names that are words as words", () => {
    expect(names("бүгін Сейфуллинде рейд, не выходите")).toEqual([]);
    expect(names("бүгін абайда тағы полиция, шықпаңдар")).toEqual([]);
    expect(names("Вера, Надежда, Любовь — это я про свои три попытки")).toEqual([]);
    expect(names("пришла Надежда, Айгуль осталась")).toEqual(["Надежда", "Айгуль"]);
  });
  it("leaves text the larger property runs found: Kazakh letters no name has, plurals, money words, a receipt's number, another sentence's document", () => {
    expect(found("аңқә ғ 1 тенге")).toEqual([]);
    expect(names("нұрик сенің паспортың")).toEqual(["нұрик"]);
    expect(found("1 KZT Қыздардың көбі Өзбекстаннан келген мигранттар.")).toEqual([]);
    expect(found("СПИД-центр Айыппұлды Каспи арқылы төледім, 12 626 теңге.")).toEqual([]);
    expect(found("Центр не даёт справки без паспорта. Квитанция об оплате штрафа № 202115430077 хранится у юриста.")).toEqual([]);
    expect(found("Паспорт гр. РФ: 45 18 730946, выдан ОВД")).toEqual(["DOCNUM:45 18 730946"]);
  });
  it("reads heldout-17's spent document numbers: Russian passports in 4 and 6, no state for a series, one-letter suffixes, series before Kazakh documents' words, glued and trailing letters", () => {
    expect(found("паспорт РФ 4517 238841, прибыла из Омска")).toEqual(["DOCNUM:4517 238841"]);
    expect(found("Карта учёта № 0917/к заведена повторно")).toEqual(["DOCNUM:0917/к"]);
    expect(found("zheke kuelik 047729310, notarius")).toEqual(["DOCNUM:047729310"]);
    expect(found("Страховка СП 1122904 — частная")).toEqual(["DOCNUM:СП 1122904"]);
    expect(found("№ ЖЛ-24-0551 жолдамада диагнозы")).toEqual(["DOCNUM:ЖЛ-24-0551"]);
    expect(found("АЛ-3310 төсбелгісі бар қызметкер бізге")).toEqual(["DOCNUM:АЛ-3310"]);
    expect(found("whose passport A09241187 had expired")).toEqual(["DOCNUM:A09241187"]);
    expect(found("the passport, P4471920A, was lost")).toEqual(["DOCNUM:P4471920A"]);
  });
  it("reads heldout-17's spent names and addresses: Kazakh roles, Korean surnames, a surname with an ending after a name that is a word, initials with an ending, house words after their numbers in Latin letters", () => {
    expect(names("Куә Нұрланқызы Шолпан дүкеннің камерасында")).toEqual(["Нұрланқызы Шолпан"]);
    expect(names("Жүкті Жұлдыз Омарованы әйелдер консультациясында")).toEqual(["Жұлдыз Омарованы"]);
    expect(names("Юн Марина аударған айыппұл")).toEqual(["Юн Марина"]);
    expect(names("Серіктес ұйымның заңгері Гүлназ Т.-ға құжаттар жіберілді")).toEqual(["Гүлназ Т.-ға"]);
    expect(found("Samal-1, 12 dom, 40 kv — tam teper zhivet")).toEqual(["ADDRESS:Samal-1, 12 dom, 40 kv"]);
    expect(found("Науқастың мекенжайы: Қонаев қ., 4-ықшамаудан, 12-үй, 30-пәтер, тіркеуі")).toEqual([
      "ADDRESS:4-ықшамаудан, 12-үй, 30-пәтер",
    ]);
    expect(found("Меня отвезли в отдел на Наурызбай батыра, 67, там")).toEqual(["ADDRESS:Наурызбай батыра, 67"]);
    expect(found("мкр Алмагуль 9а кв 41, второй подъезд, код на двери 41к2, только")).toEqual(["ADDRESS:мкр Алмагуль 9а кв 41"]);
  });
  it("finds a four-letter name that is a word before a verb of speech in chat", () => {
    expect(names("вера сказала что в кабинете доверия тест делают")).toEqual(["вера"]);
    expect(names("vera govorit chto luchshe ne idti")).toEqual(["vera"]);
    expect(names("вера в лучшее не помогает")).toEqual([]);
  });
  it("finds a name greeted after its comma, asked whether it is her, and joined to a name by Latin 'men'", () => {
    expect(names("Роза, привет, это Дана с Каскелена, помнишь меня?")).toEqual(["Роза", "Дана"]);
    expect(names("Мира это ты? или кто то с твоего номера пишет")).toEqual(["Мира"]);
    expect(names("Akbota men Meruyert sol tuni kolikte otyrgan")).toEqual(["Akbota", "Meruyert"]);
    expect(names("Мира это тот же вопрос")).toEqual([]);
  });
  it("reads heldout-18's spent lessons: towns with Kazakh endings, a Latin nurse, a spaced series before a Kazakh document's word, DR, a known street after 'у'", () => {
    expect(names("Жанар апа айтты Динаны Сайрамға алып кетіпті")).toEqual(["Жанар", "Динаны"]);
    expect(names("Menin atym Gulnara, mne 29, Tarazdanmyn")).toEqual(["Gulnara"]);
    expect(names("Meiirbike Nazgul byla grubaya")).toEqual(["Nazgul"]);
    expect(found("бөлімде АП 0850019 хаттамасына қол қойғызған")).toEqual(["DOCNUM:АП 0850019"]);
    expect(found("Klientka, DR 01.05.1992, adres ne znaet")).toEqual(["DOB:01.05.1992"]);
    expect(found("меня высадили у Тулебаева 38 и сказали идти")).toEqual(["ADDRESS:Тулебаева 38"]);
    expect(found("у Ахметова 3 ребёнка")).toEqual(["NAME:Ахметова"]);
  });
  it("reads a quoted word that does what people do as a nickname, and a quoted name after a place's preposition as the venue", () => {
    expect(names("Записала что «Тимоха» забрал у неё 15 тыс и паспорт.")).toEqual(["Тимоха"]);
    expect(names("в «Рахате» сказали что нет мест")).toEqual([]);
    expect(names("кто сегодня на точке у «Рахата»? там облава")).toEqual([]);
    expect(names("«Лагуна» работает до утра")).toEqual([]);
    expect(names("он называет её «Тимуром»")).toEqual(["Тимуром"]);
  });
  it("reads heldout-19's spent lessons: a first name before a street's word only before a surname, Latin dep, a monument named after its eponym", () => {
    expect(found("Жәбірленуші Оралбаева Индира Сарыарқа көшесі, 16-үй, 44-пәтер мекенжайында тұрады")).toEqual([
      "NAME:Оралбаева Индира",
      "ADDRESS:Сарыарқа көшесі, 16-үй, 44-пәтер",
    ]);
    expect(found("Мұхтар Әуезов көшесі, 12-үй")).toEqual(["ADDRESS:Мұхтар Әуезов көшесі, 12-үй"]);
    expect(names("policeilar meni «Kukla» dep atady, nastoyashee")).toEqual(["Kukla"]);
    expect(names("Тексеру Абай ескерткішінің жанында, сағат 18:00-де өтті.")).toEqual([]);
  });
  it("finds the name a verb of calling gives after who is called and who calls (Звали его все Малой)", () => {
    expect(names("Звали его все Малой, он у ментов был как посредник")).toEqual(["Малой"]);
    expect(names("зови меня Батя")).toEqual(["Батя"]);
  });
  it("finds a pet name told something with 'you' as the subject at a message's start, and a writer after 'its'", () => {
    expect(names("айко сен кешке шығасың ба или дома?")).toEqual(["айко"]);
    expect(names("бүгін сен келесің бе")).toEqual([]);
    expect(names("кинула вам в личку номер юриста")).toEqual([]);
    expect(names("devki u kogo est nomer Tani")).toEqual(["Tani"]);
  });
  it("reads heldout-20's spent lessons: the citizen before a surname and a first name, a name whole at its initials, badges, streets joined by или, names given by a verb of calling", () => {
    expect(names("Азамат Ким Елена в присутствии понятых отказалась")).toEqual(["Ким Елена"]);
    expect(names("Azamat Kim Elena ponyatyelerdin aldynda podpis")).toEqual(["Kim Elena"]);
    expect(names("Азамат Ахметов пришёл")).toEqual(["Азамат Ахметов"]);
    expect(names("Дәрігер Әбдірахманова Г.С. Мадинаның рұқсатынсыз нәтижені")).toEqual(["Әбдірахманова Г.С.", "Мадинаның"]);
    expect(found("Учаскелік инспектор Д.Е. Жақыпов, бейдж № ПП-0447, в рапорте")).toEqual(["NAME:Д.Е. Жақыпов", "DOCNUM:ПП-0447"]);
    expect(names("Юля привет, ты на какой улице сейчас, на Гагарина или Жандосова?")).toEqual(["Юля"]);
    expect(names("Меня называли Кошкой, так в отделе все")).toEqual(["Кошкой"]);
    expect(names("Он меня называл «Ласточка», так")).toEqual(["Ласточка"]);
    expect(names("Сауну называют «Малинка», там всё и было.")).toEqual([]);
  });
  it("takes no bare number with a house word in a case for an address, and no sentence's first word from a police unit for a name", () => {
    expect(found("Біз 3 пәтерді аралап шықтық.")).toEqual([]);
    expect(found("mekenzhaiym Zhetysu-2, 58 uy, 31 pateri, keshke kelinder")).toEqual(["ADDRESS:Zhetysu-2, 58 uy, 31 pateri"]);
    expect(names("Ответ из ДВД пришёл через 30 дней.")).toEqual([]);
    expect(names("Он сказал, что он «Жека из УБОПа», показал фото")).toEqual(["Жека"]);
  });
  it("reads heldout-22's spent lessons: lower-case surnames made from first names in chats, a lone initial after клиентка, villages' houses", () => {
    // A chat without capitals: a surname made from a first name (-бай, a listed name) is one, a plural is not.
    expect(names("тулебаев сегодня опять на смене, осторожно")).toEqual(["тулебаев"]);
    expect(names("нурлановтың көлігі ақ тойота")).toEqual(["нурлановтың"]);
    expect(names("kairatov opyat stoit u vokzala")).toEqual(["kairatov"]);
    expect(names("опять ментов много у вокзала, штрафов тоже")).toEqual([]);
    expect(names("я на жандосова стою, кто рядом")).toEqual([]);
    // After a role, with a pronoun between, and in -ин right after a rank.
    expect(names("мент этот сериков опять деньги просил")).toEqual(["сериков"]);
    expect(names("вчера лейтенант садыкин сказал что посадит")).toEqual(["садыкин"]);
    expect(names("патрульная автомашина стояла у входа, водитель машины курил")).toEqual([]);
    expect(names("Клиентка Г. просит не указывать её имя")).toEqual(["Г."]);
    expect(found("Врач Сейтова А.К. 2 раза отказала")).toEqual(["NAME:Сейтова А.К."]);
    // A village's house, written without a street; a chat's microdistrict in lower case with its house word.
    expect(found("Прописана: село Шамалган, дом 12.")).toEqual(["ADDRESS:село Шамалган, дом 12"]);
    expect(found("Мекенжайы: Қарабұлақ ауылы, 7-үй.")).toEqual(["ADDRESS:Қарабұлақ ауылы, 7-үй"]);
    expect(found("priezzhai mkr orbita 2 dom 14 kv 5")).toEqual(["ADDRESS:mkr orbita 2 dom 14 kv 5"]);
    expect(found("в селе Шамалган живу 10 лет, на улице есть 3 этажа")).toEqual([]);
    // A venue's noun before a quote, and an NGO after one; a residence permit's number.
    expect(names("Со слов администратора гостиницы «Жулдыз», номер сдавали на час")).toEqual([]);
    expect(names("Науқас «Сенім» ҮЕҰ-нан жолданды")).toEqual([]);
    expect(found("Вид на жительство № R-00412973")).toEqual(["DOCNUM:R-00412973"]);
  });
  it("takes a name that is a word before what only people do, but not a feeling; a contact's quoted first name; Kazakh pet forms in -ш", () => {
    expect(names("Роза завтра не выйдет, у неё ребёнок заболел")).toEqual(["Роза"]);
    expect(names("Шолпан бүгін шықпайды, ауырып қалды")).toEqual(["Шолпан"]);
    expect(names("Надежда пропала совсем, никто не поможет")).toEqual([]);
    expect(names("Любовь не выйдет из моды")).toEqual([]);
    expect(names("в телефоне переписка с абонентом «Ленуся» о встрече")).toEqual(["Ленуся"]);
    expect(names("абонент «Билайн» недоступен")).toEqual([]);
    expect(names("Айнаш кеше келді, бәрін айтты")).toEqual(["Айнаш"]);
    expect(names("Кеш болды, үйге кеттік")).toEqual([]);
    // A Kazakh accusative of an -ова surname made from a first name, not a participle in -ованы.
    expect(names("Серикбаеваны жауапқа алған сержант")).toEqual(["Серикбаеваны"]);
    expect(names("Оштрафованы все трое")).toEqual([]);
  });
  it("takes no road, day, venue called so, corner with a slash, Kazakh noun in -хана or earrings for a name", () => {
    expect(names("не ходите на жибек жолы вечером, там патруль")).toEqual([]);
    expect(names("Наурыз күні полиция тыныш болды")).toEqual([]);
    expect(names("Сания деген кафеде кездесеміз")).toEqual([]);
    expect(names("Сания дүкенге барды")).toEqual(["Сания"]);
    expect(names("стою на Абая/Байзакова, заберите")).toEqual([]);
    expect(names("Жатақхана ақысы төленбеді")).toEqual([]);
    expect(names("забрали деньги и серёжки")).toEqual([]);
    // Thousands written with a k after a document's word are money, not its number.
    expect(found("bez protokola brali po 20-25k kazhdyi raz")).toEqual([]);
  });
  it("leaves a floor out after a house's number as after a flat, and reads highways, rooms and a genitive owner", () => {
    expect(found("Он отвёз меня на Сейфуллина 48, 4 этаж, там офис")).toEqual(["ADDRESS:Сейфуллина 48"]);
    expect(found("Адрес: ул. Абая, 12, кв. 7, 3 этаж.")).toEqual(["ADDRESS:ул. Абая, 12, кв. 7"]);
    expect(found("тіркелген мекенжайы Талғар тас жолы, 7, 3-пәтер.")).toEqual(["ADDRESS:Талғар тас жолы, 7, 3-пәтер"]);
    expect(found("живёт в общежитии по ул. Гагарина, 9, ком. 12.")).toEqual(["ADDRESS:ул. Гагарина, 9, ком. 12"]);
    expect(names("Гүлнараның кафесі жабық")).toEqual(["Гүлнараның"]);
    expect(names("Айнұр екеуміз Абайдың бойында тұрдық", { lang: "kk" })).toEqual(["Айнұр"]);
  });
  it("reads whole names: a surname no list has before a first name and patronymic mid-sentence, Korean given names, two roles hyphened, initials that close a name", () => {
    expect(names("Допрошенный Кравчук-Лысенко Игорь Олегович пояснил")).toEqual(["Кравчук-Лысенко Игорь Олегович"]);
    expect(names("В кабинет вошёл Доленко Виктор Павлович, сказал")).toEqual(["Доленко Виктор Павлович"]);
    expect(names("Уважаемая Ольга Петровна, просим")).toEqual(["Ольга Петровна"]);
    expect(names("Заявительница Ольга Петровна Гринько (мать)")).toEqual(["Ольга Петровна Гринько"]);
    expect(names("Осматривал врач — Ким Сон Ми, терапевт")).toEqual(["Ким Сон Ми"]);
    expect(names("Пациентку смотрела медсестра-акушерка Жолдасбекова")).toEqual(["Жолдасбекова"]);
    expect(names("Ф.И.О.: Бекова А. Т. Доставлена в 02:10")).toEqual(["Бекова А. Т."]);
    expect(names("Victim: Dana K. Moroz; date of birth")).toEqual(["Dana K. Moroz"]);
    expect(names("рядовой Сапаров стоял у входа")).toEqual(["Сапаров"]);
  });
  it("takes a one-letter or Latin-digraph series spaced from a long number into the document's number", () => {
    expect(found("забрали паспорт N 10234578, не вернули")).toEqual(["DOCNUM:N 10234578"]);
    expect(found("вид на жительство № F 0038811, срок")).toEqual(["DOCNUM:F 0038811"]);
    expect(found("V protokole ShT 0412236 vremya drugoe")).toEqual(["DOCNUM:ShT 0412236"]);
    expect(found("Zayavlenie v KUI N 2219, no")).toEqual(["DOCNUM:2219"]);
  });
  it("takes initials quoted alone or after 'initials', and a full name quoted as written, but no form's «Ф.И.О.»", () => {
    expect(names("просила писать её просто «Д.» в отчёте")).toEqual(["Д."]);
    expect(names('asks to be named only as "M." in the report')).toEqual(["M."]);
    expect(names("указывать её только под инициалами С.К.; связь через фонд")).toEqual(["С.К."]);
    expect(names("В протоколе написали «Гульнара Сапарова», но")).toEqual(["Гульнара Сапарова"]);
    expect(names("сауна «Мадина Ахметова» закрыта")).toEqual([]);
    expect(names("в графе «Ф.И.О.» пусто, «Т.А.Ә.» бағаны бос")).toEqual([]);
  });
  it("takes a lower-case name that is a word before what only people do, in a chat without capitals", () => {
    expect(names("шолпан бүгін шықпайды, ауырып қалды")).toEqual(["шолпан"]);
    expect(names("роза сегодня не выйдет")).toEqual(["роза"]);
    expect(names("надежда пропала совсем")).toEqual([]);
  });
  it("reads heldout-23's spent lessons: names given by calling and registering, people joined by с, a surname after a district, villages and numbered microdistricts", () => {
    expect(names("Гражданка Российской Федерации Смирнова Ольга Петровна, 1991 г.р.")).toEqual(["Смирнова Ольга Петровна"]);
    expect(names("его напарник звал «Кабан», он стоял у двери")).toEqual(["Кабан"]);
    expect(names("Сутенёрдің лақап аты — «Боз», жасы 40")).toEqual(["Боз"]);
    expect(names("Аты-жөнін айтпады, «Салта» деп тіркелді.")).toEqual(["Салта"]);
    expect(names("Задержанная назвалась «Камила», документов нет.")).toEqual(["Камила"]);
    expect(names("Алина с Асемкой уехали в Шымкент")).toEqual(["Алина", "Асемкой"]);
    expect(names("Сотрудники ОП Алмалинского района Сапаров и Ким приходили")).toEqual(["Сапаров", "Ким"]);
    expect(names("Patient Joy (her real name) was tested")).toEqual(["Joy"]);
    expect(names("Посев на флору в работе")).toEqual([]);
    expect(names("near the Abai monument, meet at Café Aigerim")).toEqual([]);
    expect(found("проживает в с. Кайнар, д. 9, рекомендовано")).toEqual(["ADDRESS:с. Кайнар, д. 9"]);
    expect(found("Т. С. Жанибекова пришла")).toEqual(["NAME:Т. С. Жанибекова"]);
    expect(found("адрес мкр 8, дом 21, кв 40, код 48к")).toEqual(["ADDRESS:мкр 8, дом 21, кв 40"]);
    expect(found("приезжал на mkr Orbita-2, d. 14 2 raza")).toEqual(["ADDRESS:mkr Orbita-2, d. 14"]);
    expect(names("қыздар, бүгін Сейфуллинада рейд")).toEqual([]);
  });
  it("takes no first name of a person into a street named after someone, and a surname after a form's colon", () => {
    expect(found("Жәбірленуші Серікқызы Айгерім Сәтбаев көшесі, 12-үй")).toEqual([
      "NAME:Серікқызы Айгерім",
      "ADDRESS:Сәтбаев көшесі, 12-үй",
    ]);
    expect(names("Next of kin: Oksana Kovalenko, her sister")).toEqual(["Oksana Kovalenko"]);
  });
  it("takes no office, room, flat or house alone for an address, but keeps one before its street and a house with its flat", () => {
    expect(found("Встреча в 15:00, офис 212, принесите документы")).toEqual([]);
    expect(found("summoned to the police department, office 118, on Monday")).toEqual([]);
    expect(found("офис 29, ул. Абая 5")).toEqual(["ADDRESS:офис 29, ул. Абая 5"]);
    expect(found("живёт в кв. 5")).toEqual([]);
    expect(found("Участковый систематически приходит к подъезду дома № 12.")).toEqual([]);
    expect(found("Осмотр производится в квартире № 27 на 5 этаже.")).toEqual([]);
    expect(found("Адрес: д. 14, кв. 3, без улицы")).toEqual(["ADDRESS:д. 14, кв. 3"]);
    expect(found("She lives at apt. 41, 88 Seifullin Avenue, Almaty.", { lang: "en" })).toEqual(["ADDRESS:apt. 41, 88 Seifullin Avenue"]);
    expect(found("консультация юриста по вторникам, офис 305, 3 этаж")).toEqual([]);
  });
  it("takes no venue said to be one, no quoted title after a venue's noun, no district's police and no institution's eponym for a name", () => {
    expect(names("я пошла в Самал — это кафе на углу")).toEqual([]);
    expect(names("Нурлан это гостиница на Абая")).toEqual([]);
    expect(names("Самал — это моя сестра")).toEqual(["Самал"]);
    expect(names("в районе сауны «Карина» выявлены две гражданки")).toEqual([]);
    expect(names("администратор сауны «Гульнара» сказала")).toEqual(["Гульнара"]);
    expect(names("Доставлена в Алмалы АПБ в 02:00")).toEqual([]);
    expect(names("кеше Әсел қонақ үйінде рейд болды")).toEqual([]);
    expect(names("поликлиника № 5 им. Н. И. Пирогова отказала")).toEqual([]);
    expect(names("Asfendiyarov atyndagy klinikada")).toEqual([]);
  });
  it("takes no normative act's number and no card's last digits for a document's number", () => {
    expect(found("Тестирование по приказу № ҚР ДСМ-175/2020 только добровольно")).toEqual([]);
    expect(found("Приказ МВД № 745 они цитировали")).toEqual([]);
    expect(found("Карта заканчивается на 7731, чья — не знаю")).toEqual([]);
    expect(found("протокол № 0312 по приказу начальника")).toEqual(["DOCNUM:0312"]);
  });
  it("reads heldout-24's spent lessons: a known street's house before a word of where, names saved and listed, деген and an adjective, no 'my joy'", () => {
    expect(found("қыздар, Абай 44 жанында патруль тұр")).toEqual(["ADDRESS:Абай 44"]);
    expect(found("это был дом Сатпаева 90, напротив магазин")).toEqual(["ADDRESS:Сатпаева 90"]);
    expect(found("Абай 150 жыл толды")).not.toContainEqual(expect.stringMatching(/^ADDRESS/u));
    expect(names("номер сохранённым kak «Murat ment»")).toEqual(["Murat"]);
    expect(names("nomer sohranennym kak «Marat ment»")).toEqual(["Marat"]);
    expect(names("задержаны Ахметова, Ли и несовершеннолетняя")).toEqual(["Ахметова", "Ли"]);
    expect(names("ответила: «Участковый Сапаров».")).toEqual(["Сапаров"]);
    expect(names("SMS: Uvazhaemaya Dana Serikovna, vash rezultat")).toEqual(["Dana Serikovna"]);
    expect(names("Ерік деген жас полицей бәрін түсірді")).toEqual(["Ерік"]);
    expect(names("бақытым жоқ деп жыладым")).toEqual([]);
    expect(found("Журнал, стр. 12, строки 3–8")).toEqual([]);
  });
  it("reads heldout-25's spent lessons: names given by introducing, signing, saving and 'деген' in quotes; no vital sign, code letter, rank's аға or town for a name or number", () => {
    expect(names("сотрудником, представившимся «Русиком»; заявительница")).toEqual(["Русиком"]);
    expect(names("автор подписалась «Карина», ящик на почте")).toEqual(["Карина"]);
    expect(names("просит записать её под именем «Лола»")).toEqual(["Лола"]);
    // "Мамка" is her role, outside the name as ranks are (heldout-25 and -77 agree).
    expect(names("в контактах записаны «Мамка Света»")).toEqual(["Света"]);
    expect(names("жарақатты «Серік деген полицей» салды")).toEqual(["Серік"]);
    expect(names("Әсем әпкенің нөмірі бар ма")).toEqual(["Әсем"]);
    expect(found("Жалобы на головокружение, АД 140/90, пульс 88.")).toEqual([]);
    expect(names("пробирка промаркирована кодом 0512-А. Результат через 3 дня.")).toEqual([]);
    expect(names("Тексеруді аға лейтенант Жүнісов Ә. жүргізді")).toEqual(["Жүнісов Ә."]);
    expect(names("указан Темиртау вместо Сарани")).toEqual([]);
  });
  it("reads heldout-26's spent lessons: numbered places are no people, a numbered microdistrict's worded house, nicks, citizens, and the N before an ID card's nine digits", () => {
    expect(names("mentter bugin Aksai-4-te zhurdi")).toEqual([]);
    expect(found("она раньше жила в Нұркент-5, 12-үй, потом")).toEqual(["ADDRESS:Нұркент-5, 12-үй"]);
    expect(found("Самал-2, 5 человек")).toEqual([]);
    expect(names("Перевод на юриста: Алина (ник «Белка»)")).toEqual(["Алина", "Белка"]);
    expect(names('refers to her only as "citizen K." in the ruling')).toEqual(["K."]);
    expect(names("Заключение нарколога: признаков опьянения нет.")).toEqual([]);
    expect(found("уд. личности N 041276395, претензий нет")).toEqual(["DOCNUM:041276395"]);
    expect(found("паспорт N 10234578 забрали")).toEqual(["DOCNUM:N 10234578"]);
  });
  it("takes names saved a few words back, 'just' saved, known or referred to as, namesakes, and after kin and Құрметті", () => {
    expect(names("и подписан в её телефоне как «Ерлан мент».")).toEqual(["Ерлан"]);
    expect(names("Его ватсап подписан просто «Данияр».")).toEqual(["Данияр"]);
    expect(names('the officer, whom she knows as "Timur", came back')).toEqual(["Timur"]);
    expect(names('asked that we refer to her as "Lily" in all documents')).toEqual(["Lily"]);
    expect(names("Заметка: Мадина аттас екі клиент бар")).toEqual(["Мадина"]);
    expect(names("Әкем марқұм Қайрат бізді жалғыз өсірді.")).toEqual(["Қайрат"]);
    expect(names("Құрметті Дана Серікқызы, сіздің кезегіңіз")).toEqual(["Дана Серікқызы"]);
  });
  it("takes the name everybody calls someone in English", () => {
    expect(names("The one in charge, everybody calls him Timka, he takes the money")).toEqual(["Timka"]);
    expect(names("but everyone calls me Лиса, because")).toEqual(["Лиса"]);
  });
  it("takes a house's letter and word glued on, a known street's house before a Kazakh place ending, and a town's г. after a flat", () => {
    expect(found("мекенжайы: Абай даңғылы, 44б-үй, жертөле")).toEqual(["ADDRESS:Абай даңғылы, 44б-үй"]);
    expect(found("Олар мені Сейфуллина 12-дегі гаражға апарды")).toEqual(["ADDRESS:Сейфуллина 12"]);
    expect(found("Жасым 29-да, екі балам бар")).toEqual([]);
    expect(found("по ул. Ломова, 37, кв. 5 г. Павлодара")).toEqual(["ADDRESS:ул. Ломова, 37, кв. 5"]);
  });
  it("takes no laughter opening a chat for a name, no butter, and no blood pressure for a document's number", () => {
    expect(names("haha sen tagy shashyndy boyadyn ba")).toEqual([]);
    expect(names("лол 😂 сен тағы мысық алдың ба")).toEqual([]);
    expect(names("хахаха ты как всегда")).toEqual([]);
    expect(names("сөмкеде күріш, май, қант бар")).toEqual([]);
    expect(found("Жалобы на головную боль, қан қысымы 160/100.")).toEqual([]);
    expect(names("айко сен кешке шығасың ба")).toEqual(["айко"]);
  });
  it("reads heldout-27's spent lessons: 'а ты' after a name's comma, a numbered microdistrict in one word, calling back, a husband, a card owned, another country", () => {
    expect(names("Танюша, а ты в какой больнице?")).toEqual(["Танюша"]);
    expect(found("Ақтау қаласы, 12 шағынаудан, 5-үй, 14-пәтер")).toEqual(["ADDRESS:12 шағынаудан, 5-үй, 14-пәтер"]);
    expect(names("Follow-up: Жұлдыз перезвонила вечером")).toEqual(["Жұлдыз"]);
    expect(names("Науқастың күйеуі Ерғали телефон арқылы хабарласты")).toEqual(["Ерғали"]);
    expect(names("Айгүлдің картасы бұғатталды")).toEqual(["Айгүлдің"]);
    expect(names("Алматының картасы")).toEqual([]);
    expect(names("Азаматша Мамедова Лейла Әзербайжан Республикасының азаматы")).toEqual(["Мамедова Лейла"]);
  });
  it("reads heldout-28's spent lessons: a microdistrict's type after its number, a court's two-letter index, a platform's bare domain, counted girls, surname first after a name so written, a checkpoint's title, quoted names defined by a dash, and a nickname written again", () => {
    expect(found("Мекенжайы: Шымкент, 11 мкр, 7 үй, кв 40")).toEqual(["ADDRESS:11 мкр, 7 үй, кв 40"]);
    expect(found("zhivem v Samal 2 mkr, 9 dom, 15 kv")).toEqual(["ADDRESS:Samal 2 mkr, 9 dom, 15 kv"]);
    expect(found("живём в 5 мкр, там тихо")).toEqual([]);
    expect(found("Апелляция по делу № 7199-23-00-2ап/77 отклонена")).toEqual(["DOCNUM:7199-23-00-2ап/77"]);
    expect(found("напиши мне в telegram.me или t.me/zhanna_almaty_22")).toEqual(["HANDLE:t.me/zhanna_almaty_22"]);
    expect(found("в Шымкенте, Абая даңғылы, 4 девушки остались без денег")).toEqual([]);
    expect(names("Свидетели Сейітов Нұрлан и Шевчук Ирина расписались")).toEqual(["Сейітов Нұрлан", "Шевчук Ирина"]);
    expect(names("на КПП «Алимбет» пограничник забрал паспорт")).toEqual([]);
    expect(names("Она сказала, что «Лаура» — это её соседка")).toEqual(["Лаура"]);
    expect(names("«Кабан» — кличка участкового")).toEqual(["Кабан"]);
    expect(names("«Гүлім» деген сөз жиі айтылады")).toEqual([]);
    expect(names("его зовут «Боцман», и Боцман берёт деньги каждую неделю")).toEqual(["Боцман", "Боцман"]);
    expect(names("девочки, кто такой Лысый? он опять приходил")).toEqual(["Лысый"]);
    expect(names("кто видел Белку? второй день молчит")).toEqual(["Белку"]);
    expect(names("kim korgen Kozhany? telefony oshik")).toEqual(["Kozhany"]);
    expect(names("кто знает Алматы хорошо?")).toEqual([]);
    expect(names("Joy is back from the hospital, all good")).toEqual(["Joy"]);
    expect(names("Faith is out of fashion, she said")).toEqual([]);
  });
  it("knows more familiar forms (Жека, Лёля, Баука, Баха, Даник, Назик, Снежка), but not 'жеке', personal, for Жека's dative", () => {
    expect(names("вчера Жека опять звонил ночью")).toEqual(["Жека"]);
    expect(names("Лёля, ты где? ответь")).toEqual(["Лёля"]);
    expect(names("с Бахой и Даником договорились")).toEqual(["Бахой", "Даником"]);
    expect(names("Жеке куәлігін алып қойды, жеке заттарын да")).toEqual([]);
    expect(names("Jeke kualigin alyp qoidy")).toEqual([]);
  });
  it("takes a protocol's number before 'жасалды' (made, not an age), an ID card's number before its year of issue or after a bare №, and a birth date answered after a dash or before 'was born'", () => {
    expect(found("Хаттама № 0552190 жасалды")).toEqual(["DOCNUM:0552190"]);
    expect(found("Жеке куәлік № 041122334 2019 жылы берілген")).toEqual(["DOCNUM:041122334"]);
    expect(found("удостоверение: № 039911224, выдано МВД")).toEqual(["DOCNUM:039911224"]);
    expect(found("квитанция № 039911224 оплачена")).toEqual([]);
    expect(found("— а когда родилась? — 03.04.1991, в Таразе")).toEqual(["DOB:03.04.1991"]);
    expect(found("On 4 May 1990 she was born in Taraz")).toEqual(["DOB:4 May 1990"]);
    expect(found("Когда это было? — 03.04.2023, вечером")).toEqual([]);
    expect(found("родилась 05.07.1989, в протоколе записали 05.07.1998")).toEqual(["DOB:05.07.1989", "DOB:05.07.1998"]);
    expect(found("родилась 05.07.1989, задержали 05.07.2024")).toEqual(["DOB:05.07.1989"]);
  });
  it("takes a state car's plate after a car's word, a pre-trial register's number by its shape, and an investigation's number", () => {
    expect(found("приехали на служебной машине В 217 02, без мигалок")).toEqual(["DOCNUM:В 217 02"]);
    expect(found("в 2023 году В 217 02")).toEqual([]);
    expect(found("тізілімде 231975030002217 нөмірімен тіркелді")).toEqual(["DOCNUM:231975030002217"]);
    expect(found("материалы административного расследования № 2219-24 переданы")).toEqual(["DOCNUM:2219-24"]);
  });
  it("leaves an entrance out after a flat, as a floor, and reads a street's name of two words that name no one", () => {
    expect(found("адрес: Жандосова 58 кв 12 подъезд 2")).toEqual(["ADDRESS:Жандосова 58 кв 12"]);
    expect(found("ул. Абая, 10, кв. 7, 3 подъезд, домофон не работает")).toEqual(["ADDRESS:ул. Абая, 10, кв. 7"]);
    expect(found("ул. Абая, 10, подъезд 3")).toEqual(["ADDRESS:ул. Абая, 10"]);
    expect(found("Астанада Көк Төбе көшесі, 5, 12-пәтер тұрдық")).toEqual(["ADDRESS:Көк Төбе көшесі, 5, 12-пәтер"]);
    expect(found("Біз Индира Сарыарқа көшесі, 5-үйде тұрамыз")).toEqual(["NAME:Индира", "ADDRESS:Сарыарқа көшесі, 5-үйде"]);
  });
  it("takes a street after 'Место задержания:' and any name with a house number before a word of where, but no age or hour", () => {
    expect(found("Место происшествия: Жамбыла 112, во дворе")).toEqual(["ADDRESS:Жамбыла 112"]);
    expect(found("biz Samal 14 zhanynda turdyq")).toEqual(["ADDRESS:Samal 14"]);
    expect(found("Жасым 31-де, балам бар")).toEqual([]);
    expect(found("Түнгі 2-де бізді босатты")).toEqual([]);
    expect(found("рейд на Абая, 2 машины стоят")).toEqual([]);
  });
  it("reads the 2018 Latin alphabet's microdistricts and houses, 'patir', a lettered microdistrict's number and a street named for an anniversary", () => {
    expect(found("Biz Orbıta-3 shaǵynaýdany, 21 úı turamyz")).toEqual(["ADDRESS:Orbıta-3 shaǵynaýdany, 21 úı"]);
    expect(found("Abai koshesi, 12, 40-patir")).toEqual(["ADDRESS:Abai koshesi, 12, 40-patir"]);
    expect(found("жили в Самал-2А, д. 5, кв. 7")).toEqual(["ADDRESS:Самал-2А, д. 5, кв. 7"]);
    expect(found("на ул. 60 лет Победы, 12, кв. 3")).toEqual(["ADDRESS:ул. 60 лет Победы, 12, кв. 3"]);
    expect(found("мне 50 лет Октябрь помню")).toEqual([]);
  });
  it("takes a street no list knows after 'на' or 's' when its house number ends the clause, but no month, year or word with an apostrophe", () => {
    expect(found("нас высадили на Zhibek Zholy 50, там темно")).toEqual(["ADDRESS:Zhibek Zholy 50"]);
    expect(found("меня везут с Momyshuly 12, позвоните")).toEqual(["ADDRESS:Momyshuly 12"]);
    expect(found("тұрамын на Достық 5.")).toEqual(["ADDRESS:Достық 5"]);
    expect(found("it was on March 4, late")).toEqual([]);
    expect(found("купила на Kaspi 2024.")).toEqual([]);
    expect(found("so I'm 35, and tired")).toEqual([]);
  });
  it("reads heldout-29's spent lessons: coming and going for a name that is no feeling, called and asked in English, a demonstrative before a role, 'имя', 'таныстырды', an ID card read in threes, a floor with no house, an age in Latin letters", () => {
    expect(names("Алия не пришла сегодня, телефон выключен")).toEqual(["Алия"]);
    expect(names("Роза пришла и ушла")).toEqual(["Роза"]);
    expect(names("Любовь пришла и ушла")).toEqual([]);
    expect(names("Hope, are you coming tonight?")).toEqual(["Hope"]);
    expect(names("thanks Grace, it helped")).toEqual(["Grace"]);
    expect(names("Вера, та медсестра, всё видела")).toEqual(["Вера"]);
    expect(names("Faith, a student from Lagos, testified")).toEqual(["Faith"]);
    expect(names("в карте просит писать имя Ника")).toEqual(["Ника"]);
    expect(names("Вера, не переживай, мы рядом")).toEqual(["Вера"]);
    expect(names("Сәуле, жылама, бәрі жақсы болады")).toEqual(["Сәуле"]);
    expect(names("Вера, не знаю что сказать")).toEqual([]);
    expect(names("atym Dana, Taldyqorgannanmyn, 25 jastamyn")).toEqual(["Dana"]);
    expect(names("Onyn telefony oshik, Atyn bilmeimin")).toEqual([]);
    expect(names("томирис өзінің ЖСН-ін жіберді")).toEqual(["томирис"]);
    expect(names("ол таныстырды өзін как «Жаке», сосын кетті")).toEqual(["Жаке"]);
    expect(found("zabrali 041 277 395 — udostoverenie")).toEqual(["DOCNUM:041 277 395"]);
    expect(found("ya v bolnice na Abaya, 4 etazh, palata 12")).toEqual([]);
    expect(found("Klientka s Kyrgyzstana, 24 zhasta")).toEqual([]);
  });
  it("reads heldout-30's spent lessons: the name she goes by, a badge in two Kazakh words, an English block, a flat's 'кв' after its number, girls counted, a role's genitive, a flower blooming, a series before №, a Latin Kazakh birth date", () => {
    expect(names("at work she goes by Mila, her friend said")).toEqual(["Mila"]);
    expect(found("Төс белгісінің нөмірі 12-4471, аты айтылмады")).toEqual(["DOCNUM:12-4471"]);
    expect(found("she lives at Samal-3 microdistrict, block 14, flat 9")).toEqual(["ADDRESS:Samal-3 microdistrict, block 14, flat 9"]);
    expect(found("адрес: Абая 150, 27 кв, быстрее")).toEqual(["ADDRESS:Абая 150, 27 кв"]);
    expect(found("на Абая 12, 45 кв. м")).toEqual(["ADDRESS:Абая 12"]);
    expect(found("Аутрич: Абай көшесі, 5 қыз келді")).toEqual([]);
    expect(names("Дәрігердің айтуынша, бәрі жақсы")).toEqual([]);
    expect(names("Айгүл гүлдеген кезде келдік")).toEqual([]);
    expect(names("серии ЖТК № 0153978 подписан")).toEqual([]);
    expect(found("Tughan kunim 1995 jylghy 3 qarasha")).toEqual(["DOB:1995 jylghy 3 qarasha"]);
  });
  it("reads heldout-31's spent lessons: a receipt before a bare №, a state plate after a dash, a pronoun before a microdistrict, patir and a room after a house, birth dates after tugan and in English orders, a Kazakh question after a comma, zhanym, uncles and doctors outside a name, alo", () => {
    expect(found("Квитанция об оплате штрафа № 012345678 у меня")).toEqual([]);
    expect(found("номер служебного автомобиля — K 112 02.")).toEqual(["DOCNUM:K 112 02"]);
    expect(found("Ол Самал-2, 14 үй, 3 пәтер тұрады")).toEqual(["ADDRESS:Самал-2, 14 үй, 3 пәтер"]);
    expect(found("mekenzhai Tole bi koshesi 12, 40 patir")).toEqual(["ADDRESS:Tole bi koshesi 12, 40 patir"]);
    expect(found("she rents at Abay Ave 10, room 12 with a friend")).toEqual(["ADDRESS:Abay Ave 10, room 12"]);
    expect(found("Ol tugan 1994.03.12, Tarazda")).toEqual(["DOB:1994.03.12"]);
    expect(found("She was born on the 3rd of June 1995")).toEqual(["DOB:3rd of June 1995"]);
    expect(found("Born 09-Mar-1992 in Shymkent")).toEqual(["DOB:09-Mar-1992"]);
    expect(names("айгүл, қалайсың? көптен көрмедім")).toEqual(["айгүл"]);
    expect(names("Dina zhanym, erten kezdesemiz")).toEqual(["Dina"]);
    expect(names("его все зовут «Дядя Вова», он хозяин")).toEqual(["Вова"]);
    expect(names("Хирург Бекұлы отказался")).toEqual(["Бекұлы"]);
    expect(names("alo, ty gde? ало, ты где?")).toEqual([]);
  });
  it("reads heldout-32's spent lessons: speech only in its clause, a Latin district officer, English and 2018-Latin names, atyna, айтуынша, вышла, guesthouses, sunlight, identity cards", () => {
    expect(names("Науқас Айгүл, поступила с переломом лучевой кости, сказала, что упала")).toEqual(["Айгүл"]);
    expect(names("vchera uchastkovy Tokenov treboval 30k")).toEqual(["Tokenov"]);
    expect(names("Joy, if you read this, call me")).toEqual(["Joy"]);
    expect(names("men Taraz'dan Aıgúl, sizge jazdym")).toEqual(["Aıgúl"]);
    expect(names("nomeri 4400 0000 0000 0000, Dina atyna")).toEqual(["Dina"]);
    expect(names("Толқын айтуынша, оны ұрған")).toEqual(["Толқын"]);
    expect(names("Маржан вышла из отдела утром")).toEqual(["Маржан"]);
    expect(names("She stayed at the Faith guesthouse")).toEqual([]);
    expect(names("күн сәулесі түсіп тұр")).toEqual([]);
    expect(found("her identity card number is 041122334, issued in Almaty")).toEqual(["DOCNUM:041122334"]);
  });
  it("reads heldout-33's spent lessons: told to call after a word of when, a name a bracket calls one, known some words before as, coming in Latin letters, a token, a rate", () => {
    expect(names("Маржан, ертең хабарлас, маңызды")).toEqual(["Маржан"]);
    expect(names("Joy (the name she uses at work) came in")).toEqual(["Joy"]);
    expect(names("a woman known on the street as Pearl")).toEqual(["Pearl"]);
    expect(names("Vera ne prishla segodnya")).toEqual(["Vera"]);
    expect(found("the officer's token no. 4471 was visible")).toEqual(["DOCNUM:4471"]);
    expect(found("держит паспорт и требует 5000 в неделю")).toEqual([]);
    expect(found("паспорт № 041122334 в г. Алматы выдан")).toEqual(["DOCNUM:041122334"]);
    expect(names("патруль стоит, идите через Тимирязева или на Шаляпина")).toEqual([]);
    expect(names("жалоба на Шаляпина, участкового")).toEqual(["Шаляпина"]);
    expect(names("бәрі ақша төлегенін растады, мен де төлегенмін")).toEqual([]);
    expect(names("төлеген ағай келді")).toEqual(["төлеген"]);
  });
  it("reads heldout-34's spent lessons: a town before a hyphened microdistrict's number, a room's bolme after a house", () => {
    expect(found("Мекенжай: Атырау, 5-шағынаудан, 12-үй, 3-пәтер")).toEqual(["ADDRESS:5-шағынаудан, 12-үй, 3-пәтер"]);
    expect(found("zhatakhana Abai 10, 215 bolme")).toEqual(["ADDRESS:Abai 10, 215 bolme"]);
  });
  it("reads heldout-35's spent lessons: a handle a few words after its network, a badge on the chest, a ministry before an ID's number, nicknames a bracket or a pseudonym explains, known, addressed or registered as, thanked, fathers", () => {
    expect(found("my new insta is dana.beauty.ast pls")).toEqual(["HANDLE:dana.beauty.ast"]);
    expect(found("инстаграм у него serik_kz_88, там фото")).toEqual(["HANDLE:serik_kz_88"]);
    expect(found("na grudi bylo napisano 4471, ya zapomnila")).toEqual(["DOCNUM:4471"]);
    expect(found("удостоверение сотрудника (МВД 014522) видела")).toEqual(["DOCNUM:014522"]);
    expect(names("«Кошка» (так её называют на точке) пришла")).toEqual(["Кошка"]);
    expect(names("свидетельница «Алия», но это псевдоним")).toEqual(["Алия"]);
    expect(names('a man she knew only as "Timka" came')).toEqual(["Timka"]);
    expect(names('saved on WhatsApp under "Marat"')).toEqual(["Marat"]);
    expect(names("Маржан, спасибо за вчера")).toEqual(["Маржан"]);
    expect(names("Her father, Bolat, does not know")).toEqual(["Bolat"]);
    expect(names("заңгерге рахмет, бәріміз қуанып отырмыз")).toEqual([]);
    expect(names("хозяин квартиры Тигран и его жена Анаит")).toEqual(["Тигран", "Анаит"]);
  });
  it("reads heldout-36's spent lessons: a birth date in brackets after a name, an English ordinal day, a nick with a Kazakh ending, an English microdistrict before its name, gh, incidents", () => {
    expect(found("Свидетель Анна Сергеевна Ким (14.03.1990) подтверждает")).toEqual(["NAME:Анна Сергеевна Ким", "DOB:14.03.1990"]);
    expect(found("born June 3rd, 1995 in Taraz")).toEqual(["DOB:June 3rd, 1995"]);
    expect(found("менің телеграмдағы никім dina_kz_77")).toEqual(["HANDLE:dina_kz_77"]);
    expect(found("she lived in Microdistrict Aksai-3, bldg 12, flat 5")).toEqual(["ADDRESS:Microdistrict Aksai-3, bldg 12, flat 5"]);
    expect(found("Samal-2 shaghynaudany, 4-ui")).toEqual(["ADDRESS:Samal-2 shaghynaudany, 4-ui"]);
    expect(names("Инцидентов с полицией не было")).toEqual([]);
  });
  it("reads heldout-37's and -38's spent lessons: handles after ником or аккаунта, р. before a birth date, a receipt after №, letters before a number, ordinal microdistricts, ages, contacts, spoken patronymics", () => {
    expect(found("у меня там ник «Vishenka_01», но полиция нашла")).toEqual(["HANDLE:Vishenka_01"]);
    expect(found("анкета под ником Sweet_Aru, и номер старый")).toEqual(["HANDLE:Sweet_Aru"]);
    expect(found("Объявления размещались с аккаунта «angel_ast_2023»")).toEqual(["HANDLE:angel_ast_2023"]);
    expect(found("Науқас, р. 03.08.1978, тест теріс")).toEqual(["DOB:03.08.1978"]);
    // A number after a № is a document's or a receipt's, never a phone.
    expect(found("Квитанция об оплате штрафа № 7712-0045893 приложена").filter((e) => e.startsWith("PHONE"))).toEqual([]);
    expect(found("Номер заявки в системе e-Otinish: ЖТ-Ф-2024-01382211")).toEqual(["DOCNUM:ЖТ-Ф-2024-01382211"]);
    expect(found("Мой старый паспорт был серии N 0839125, новый")).toEqual(["DOCNUM:N 0839125"]);
    expect(found("проживает в Шымкенте, 14-й мкр, 52-й дом, кв. 30")).toEqual(["ADDRESS:14-й мкр, 52-й дом, кв. 30"]);
    expect(found("Raid at 5th microdistrict, building 30, apt 44")).toEqual(["ADDRESS:5th microdistrict, building 30, apt 44"]);
    // A numbered microdistrict alone is a part of town, as a city is.
    expect(found("девки кто в Актобе, там в 11 мкр опять ездят")).toEqual([]);
    expect(found("she lives in the 5th microdistrict near the bazaar")).toEqual([]);
    expect(names("Виктория, 29 лет, из Петропавловска")).toEqual(["Виктория"]);
    expect(names("Заявление от имени Абеновой Б.К. о задержании")).toEqual(["Абеновой Б.К."]);
    expect(names("Лица, представившиеся как «Светка», отказались")).toEqual(["Светка"]);
    expect(names("Маржанға айтыңдаршы, ертең келмесін")).toEqual(["Маржанға"]);
    expect(names("Ақбота +7 778 554 02 91, хабарлас")).toEqual(["Ақбота"]);
    expect(names("Потом пришёл Саныч и сказал")).toEqual(["Саныч"]);
  });
  it("reads heldout-39's spent lessons: pet forms of short names, a name told about what is hers or asked a short question, Regina, a VK page, a numeric series before №, quarters and days are no documents, a card called Мир", () => {
    expect(names("Ирочка из Тараза приедет в пятницу")).toEqual(["Ирочка"]);
    expect(names("Зоечка, ты дома? тебе продукты занесу")).toEqual(["Зоечка"]);
    expect(names("Поставь точку, и всё")).toEqual([]);
    expect(names("Света, твой паспорт у меня, забери")).toEqual(["Света"]);
    expect(names("Bota, erteń saǵat neshede kezdesemiz?", { lang: "kk" })).toEqual(["Bota"]);
    expect(names("Menya zovut Regina, ya rabotayu v saune", { lang: "ru" })).toEqual(["Regina"]);
    expect(found("её страница в VK mohira_tashkent была взломана")).toEqual(["HANDLE:mohira_tashkent"]);
    // The number after the №, with its series: the migration card is hers.
    expect(found("миграционная карта серии 7016 № 3398214, въезд через КПП")).toEqual(["DOCNUM:7016 № 3398214"]);
    expect(found("Quarterly report Q2 2024: 212 individual consultations")).toEqual([]);
    expect(found("Patient reports assault by client on 02/06; no police report filed")).toEqual([]);
    expect(found("перевод на карту Мир 2200 7048 2144 3695")).toEqual(["CARD:2200 7048 2144 3695"]);
  });
  it("reads heldout-40's spent lessons: migration cards, Tajik names, Kazakh -ша, a Ukrainian patronymic, spoken to a few words on, Instagramda, mikroaudany; no house before a bus, no initial after гепатит or a slash, no name in или or витамин", () => {
    expect(found("миграционная карта 7503 1184529, прибыла 02.09.2023")).toEqual(["DOCNUM:7503 1184529"]);
    expect(names("Фарангис просила передать, что у неё всё хорошо")).toEqual(["Фарангис"]);
    expect(names("Боташа, сенің номерің өзгерді ме?")).toEqual(["Боташа"]);
    expect(names("Гражданка Украины Мельник Тетяна Василівна, паспорт")).toEqual(["Мельник Тетяна Василівна"]);
    expect(names("Лолочка, я перевела тебе 15к на карту")).toEqual(["Лолочка"]);
    expect(names("Роза, которую вам вручили на 8 Марта, завяла")).toEqual([]);
    expect(found("sen Instagramda aruka_astana degen akkaunttan jazghan qyzdy bilesin be?", { lang: "kk" })).toEqual([
      "HANDLE:aruka_astana",
    ]);
    expect(found("Bizdi Shymkentte, Nursat mikroaudany, 112-üi, patterde ustap aldy.", { lang: "kk" })).toEqual([
      "ADDRESS:Nursat mikroaudany, 112-üi",
    ]);
    expect(found("Мы стояли на остановке на Толе би, 24-й автобус ждали")).toEqual([]);
    expect(names("Диагноз: хронический гепатит С. Направлена на ПЦР-диагностику.")).toEqual([]);
    expect(names("Жалоба жіберілді, шығыс № 88/Қ. Жауап әлі жоқ.")).toEqual([]);
    expect(names("Назначили витамин, через неделю контроль.")).toEqual([]);
    expect(names("сказал: «Или платишь, или завтра будет рейд».")).toEqual([]);
  });
  it("reads heldout-41's spent lessons: Асыл and Аққу, told to send money, Emirati and Korean phones, a handle after a comma, no phone in a tube's code, no initial in hepatitis B and C", () => {
    expect(names("Асыл, скажи ему что так нельзя")).toEqual(["Асыл"]);
    expect(names("Рая, переведи мне на сбер, я ещё верну")).toEqual(["Рая"]);
    expect(found("работа в Дубае, номер был +971 55 318 2740")).toEqual(["PHONE:+971 55 318 2740"]);
    expect(found("Инстада жазыңыз, sultana.style.alm, мен сонда отырамын")).toEqual(["HANDLE:sultana.style.alm"]);
    expect(found("Номер пробирки 24-ЛС-30417. Результаты будут готовы")).toEqual([]);
    expect(names("Бесплатно: тесты на ВИЧ, сифилис, гепатиты B и C. Консультация психолога.")).toEqual([]);
  });
  it("reads heldout-42's spent lessons: greeted or called sweet after her name, Uzbek -хон, more pet forms, a surname no list has before a first name; no document in a sum sent to a card", () => {
    expect(names("Динуля привет, скинь номер того адвоката")).toEqual(["Динуля"]);
    expect(names("Жасмин зая, ты где? Я у входа")).toEqual(["Жасмин"]);
    expect(names("Наргизахон, вот номер узбекского консульства")).toEqual(["Наргизахон"]);
    expect(names("Дианочка, это Стефа. Меня выпустили")).toEqual(["Дианочка", "Стефа"]);
    expect(names("девочки, у Сюзанны сегодня суд в 15:00")).toEqual(["Сюзанны"]);
    expect(names("Результаты анализов направлены пациентке Гладких Юлии на почту")).toEqual(["Гладких Юлии"]);
    expect(found("Сымбат, мына картаға 3000 салшы, кейін қайтарамын").filter((e) => e.startsWith("DOCNUM"))).toEqual([]);
    // A document's number stays one whatever is done with it.
    expect(found("хаттама 0093412 жібердім")).toEqual(["DOCNUM:0093412"]);
  });
  it("reads heldout-43's spent lessons: migrants' work patents, a handle a few words after a comma, a numbered microdistrict's bare house", () => {
    expect(found("паспорт РУз AB 7741026, патент 75-24-0412881, зарегистрирована")).toEqual(["DOCNUM:AB 7741026", "DOCNUM:75-24-0412881"]);
    expect(found("Ксюха напиши мне в инсту, тут опасно: ksenia.v_88").filter((e) => e.startsWith("HANDLE"))).toEqual([
      "HANDLE:ksenia.v_88",
    ]);
    expect(found("сегодня ночую, 8 мкр., 21, кв. 56, если что ищите там")).toEqual(["ADDRESS:8 мкр., 21, кв. 56"]);
  });
  it("reads heldout-44's spent lessons: a nick of letters and digits after ник, a migration card's series of capitals and digits before №", () => {
    expect(found("напиши мне в телегу, ник murka1998, ватсап не работает")).toEqual(["HANDLE:murka1998"]);
    expect(found("Миграционная карта серии KZ02 № 7715423, срок пребывания до 18.08.2024")).toEqual(["DOCNUM:KZ02 № 7715423"]);
  });
  it("reads heldout-45's spent lessons: a bare инст, instagramnan, скайп; no series left alone before a year; no house before a floor", () => {
    expect(found("Зая, вот мой инст если что: aselek_beauty, там в директ пиши")).toEqual(["HANDLE:aselek_beauty"]);
    expect(found("meni instagramnan tap: asemay_92, telefonym jogaldy")).toEqual(["HANDLE:asemay_92"]);
    expect(found("вот мой скайп, если так удобнее: nastena.krg88. Ну или зум")).toEqual(["HANDLE:nastena.krg88"]);
    expect(found("жеке куәлігінің нөмірі — 051203344, ІІМ 2021 жылы берген.")).toEqual(["DOCNUM:051203344"]);
    expect(found("нотариус на Гагарина, 5-й этаж, с 10 до 18")).toEqual([]);
  });
  it("reads heldout-46's spent lessons: called and told at a message's start, a bracketed note before her name, honorifics in Latin Kazakh, spoken datives and pet forms", () => {
    expect(names("Мира, вечером звони, обсудим")).toEqual(["Мира"]);
    expect(names("[аудио, 1:12] Зарин, это я, меня забрали")).toEqual(["Зарин"]);
    expect(names("Роза, которую вам вручили на 8 Марта, завяла")).toEqual([]);
    expect(names("Aqbota apaiǵa aitshy, keshke keledi", { lang: "kk" })).toEqual(["Aqbota"]);
    expect(names("передай Асие, что суд перенесли")).toEqual(["Асие"]);
    expect(names("Танёк, ты сегодня работаешь?")).toEqual(["Танёк"]);
    expect(names("Keshe Abai men Baitursynuly qiylysynda toqtatty.", { lang: "kk" })).toEqual([]);
    expect(names("we met at the Rakhat Palace lobby")).toEqual([]);
    // Four-letter words in -ка stay words.
    expect(names("Для иска нужна справка")).toEqual([]);
    // A name that is a word, in the instrumental before "together" or a verb done with someone; an unknown word so is a bank.
    expect(names("Жұлдызбен бірге сотқа барамыз", { lang: "kk" })).toEqual(["Жұлдызбен"]);
    expect(names("Қуанышпен кездестік, ол бәрін айтты", { lang: "kk" })).toEqual(["Қуанышпен"]);
    expect(names("Банкпен хабарластым, карта бұғатталды", { lang: "kk" })).toEqual([]);
  });
  it("reads heldout-46's spent lessons: a register's letters glued to the number, a passport read in threes, an English migration card, a Kyrgyz birth cue", () => {
    expect(found("Зарегистрировано за № КУИ-2023-114502.")).toEqual(["DOCNUM:КУИ-2023-114502"]);
    expect(found("паспорт 512 904 331, выдан МВД РТ")).toEqual(["DOCNUM:512 904 331"]);
    expect(found("за паспорт 10 000 взяли")).toEqual([]);
    expect(found("her migration card no. KGA 2290417 was kept")).toEqual(["DOCNUM:KGA 2290417"]);
    expect(found("туулган күнүм 02.11.1998, Ошто жашайм")).toEqual(["DOB:02.11.1998"]);
  });
  it("reads the spent sets' long tail: a nick joined by an underscore is a handle with no cue, a pet form of three letters or more is no word", () => {
    expect(found("aigul_karaganda — вот её страница, там всё видно")).toEqual(["HANDLE:aigul_karaganda"]);
    expect(found("a, ona tomiris.style_ast tam")).toEqual(["HANDLE:tomiris.style_ast"]);
    expect(found("фото в файле IMG_2291, лиц не видно")).toEqual([]);
    expect(found("пиши на aru_k88@mail.ru")).toEqual(["EMAIL:aru_k88@mail.ru"]);
    expect(names("Верочка в больнице, отнесите ей вещи")).toEqual(["Верочка"]);
    expect(names("Саулешка, пиши мне в телегу")).toEqual(["Саулешка"]);
    expect(names("Lina call me when you can", { lang: "en" })).toEqual(["Lina"]);
    expect(names("the free legal line 8 800 080 7777 works at night", { lang: "en" })).toEqual([]);
    // A Kazakh patronymic written first stands for the surname: the word before it is no name.
    expect(names("Арыз беруші Серікқызы Мөлдір, 1994 ж.т.", { lang: "kk" })).toEqual(["Серікқызы Мөлдір"]);
    // A first name as the lists write it, then a surname in another case: "дана" is "issued".
    expect(names("Справка. Дана Омаровой Жанне Ериковне в том, что")).toEqual(["Омаровой Жанне Ериковне"]);
  });

  it("reads the spent sets' long tail: Kyrgyz and Uzbek patronymics in Latin letters, a surname in capitals after a first name, a sentence-first surname shaped as surnames are, Kazakh pet forms in -еке", () => {
    expect(names("Nurlan uulu Emil, the client's brother, saw it.", { lang: "en" })).toEqual(["Nurlan uulu Emil"]);
    expect(names("Karimov Jasur Baxtiyor o'g'li ushlandi.")).toEqual(["Karimov Jasur Baxtiyor o'g'li"]);
    expect(names("Перевод на карту, получатель АЙНУР ТКАЧУК, чек приложен")).toEqual(["АЙНУР ТКАЧУК"]);
    expect(names("refund to card, cardholder OKSANA MOROZ", { lang: "en" })).toEqual(["OKSANA MOROZ"]);
    // In a message all in capitals the next word is no surname.
    expect(names("ДИНАРА ЖДЁТ ТЕБЯ У ЦОНА")).toEqual(["ДИНАРА"]);
    expect(names("Протокол опроса. Бондарчук Алина Сергеевна, 1998 г.р.")).toEqual(["Бондарчук Алина Сергеевна"]);
    expect(names("Охранник Сергей Петрович открыл дверь.")).toEqual(["Сергей Петрович"]);
    expect(names("Алёна! срочно позвони мне")).toEqual(["Алёна"]);
    expect(names("Нұреке, сізге заңгер хабарласады", { lang: "kk" })).toEqual(["Нұреке"]);
    expect(names("Мереке құтты болсын, қыздар!", { lang: "kk" })).toEqual([]);
    expect(names("Инуся, Зарочка, вы где?")).toEqual(["Инуся", "Зарочка"]);
    // An adjective hyphened to a name is her nickname's; a noun or a street's adjective is not.
    expect(names("там уже сидела Светка-Белая, вся в крови")).toEqual(["Светка-Белая"]);
    expect(names("Короче, Оля-маленькая уже дома")).toEqual(["Оля-маленькая"]);
    expect(names("Лёша-сутенёр опять приходил")).toEqual(["Лёша"]);
    expect(names("облава на Абая-Заводская, не ходите")).toEqual([]);
  });

  it("takes no two streets hyphened where someone stands, no venue before market or Orda, no counted noun in -ов", () => {
    expect(names("никто не знает, на Райымбека-Саина до сих пор стоят?")).toEqual([]);
    expect(names("segodnya na Abaya-Rozybakieva patrulka stoit")).toEqual([]);
    expect(names("The police stopped me near the Altyn Orda market.", { lang: "en" })).toEqual([]);
    expect(names("я у Рахат Палас стою, заберите")).toEqual([]);
    expect(names("Контактов: 23, новых: 5. Участников — 32.")).toEqual([]);
    expect(names("Анна-Мария пришла в офис")).toEqual(["Анна-Мария"]);
    expect(names("Айдана не приходи сегодня на Раймбека, там опять облава")).toEqual(["Айдана"]);
    expect(names("menya v astane zaderzhali na Kenesary, shtraf vypisali")).toEqual([]);
    expect(names("Ya iz Osha, menya zovut Burulai.")).toEqual(["Burulai"]);
    expect(names("qyzdar, bugin Abai men Dostyq buryshynda policia")).toEqual([]);
    expect(names("қыздар, Рысқұлов пен Сүйінбай қиылысында учаскелік тұр", { lang: "kk" })).toEqual([]);
    expect(names("«Айдана» деген кафеде отырмыз, приходите")).toEqual([]);
    expect(names("«Малой» деген сутенёр келді")).toEqual(["Малой"]);
    expect(names("respondent O'zbekiston fuqarosi, migratsiya kartasi bor")).toEqual([]);
    expect(names("Aizada eje, menin nomerim ozgordu, jany nomer bar")).toEqual(["Aizada"]);
    // Quotes listed after a calling verb are all nicknames; after a venue's noun, all titles.
    expect(names("Лица, представившиеся как «Светка» и «Кристина», от объяснений отказались")).toEqual(["Светка", "Кристина"]);
    expect(names('The officers called each other "Bars" and "Kuka".', { lang: "en" })).toEqual(["Bars", "Kuka"]);
    expect(names("были в сауне «Амелия» и «Жасмин»")).toEqual([]);
    expect(names('Respondentka prosila zapisat ee kak "Liza", imya ne nazyvaet')).toEqual(["Liza"]);
    expect(names("Ақниетке жазыңдар, ол біледі", { lang: "kk" })).toEqual(["Ақниетке"]);
    expect(names("Назка вышла, всё норм")).toEqual(["Назка"]);
    // In a text English by its words, a name that is only a Russian or Kazakh word is a name.
    expect(names("ok so bota is out, they let her go at 6")).toEqual(["bota"]);
    expect(names("mark the cases with police involvement in the log")).toEqual([]);
    expect(names("and he laughed and said, how nice, she is back")).toEqual([]);
    // Street nicknames that are words, where only a person is meant: speech, a vocative, a question.
    expect(names("Рыжая звонила, сказала всё ок")).toEqual(["Рыжая"]);
    expect(names("Кнопка, скинь номер той врачихи")).toEqual(["Кнопка"]);
    expect(names("Рыжая кошка убежала со двора")).toEqual([]);
    expect(names("у кого рыжая девушка в вотсапе на аватарке")).toEqual([]);
    expect(names("Малая часть денег пропала")).toEqual([]);
    // A pet name no list holds, capitalised as a message's first word, asked where she is.
    expect(names("Айкош, сен қайдасың? Мента на входе", { lang: "kk" })).toEqual(["Айкош"]);
    expect(names("Mikoshka ty zhivaya? napishi")).toEqual(["Mikoshka"]);
    expect(names("Слушай, ты где? Мама, ты где?")).toEqual([]);
    expect(names("Bolnitsa imeni Botkina, priemnyi pokoi, v 3 nochi")).toEqual([]);
    expect(names("devushka po imeni Dinara prishla")).toEqual(["Dinara"]);
    // Spoken to at a message's start, of what is hers or the writer's.
    expect(names("Айым, менің жаңа нөмірім 8 776 350 12 12", { lang: "kk" })).toEqual(["Айым"]);
    expect(names("Сабиш, сенің нөмірің өзгерді ме?", { lang: "kk" })).toEqual(["Сабиш"]);
    expect(names("Слушайте, мой номер поменялся. Zdravstvuite, sizdin shtrafynyz bar.")).toEqual([]);
    expect(names("Apai zdraste, menin nomerim ozgerdi")).toEqual([]);
    expect(names("Ақбота, маған нөміріңді жіберші", { lang: "kk" })).toEqual(["Ақбота"]);
    expect(names("даша маша вы где? такси ждёт")).toEqual(["даша", "маша"]);
    expect(names("Janarǵa aitpańdar, ol qorqady.")).toEqual(["Janarǵa"]);
    expect(names("короче Айгуша, не выходи сегодня")).toEqual(["Айгуша"]);
    expect(names("[голосовое 0:58] короче Людок, я дома")).toEqual(["Людок"]);
    expect(names("Потолок упал прямо в коридоре")).toEqual([]);
    expect(names("сен Дәкеңе айттың ба?", { lang: "kk" })).toEqual(["Дәкеңе"]);
    // Told of hers or the writer's by a Kazakh or Uzbek possessive after the comma; no interjection.
    expect(names("Гүлім, туған күнің қашан еді?", { lang: "kk" })).toEqual(["Гүлім"]);
    expect(names("Zarinaxon, telefon raqamim almashdi")).toEqual(["Zarinaxon"]);
    expect(names("Апырай, бізді ешкім қорғамайды.", { lang: "kk" })).toEqual([]);
    // Uzbek and Tajik Cyrillic letters, and Uzbek деган before a role.
    expect(names("Андижондан, Муҳаббат деган аёл келди")).toEqual(["Муҳаббат"]);
    expect(names("Nodira opa, bugun militsiya keldi")).toEqual(["Nodira"]);
    expect(names("новый номер тот же, старый менты забрали. катя если читаешь перезвони")).toEqual(["катя"]);
    expect(names("Migrant Zarnigor (UZ) keeps calling the hotline", { lang: "en" })).toEqual(["Zarnigor"]);
    expect(names('Hotline log, 23:10: caller "Bota" reports a raid', { lang: "en" })).toEqual(["Bota"]);
    expect(names("Case 12: Victoria, a trans woman from Karaganda, was detained", { lang: "en" })).toEqual(["Victoria"]);
    expect(names("The woman said nothing to the officers.", { lang: "en" })).toEqual([]);
    expect(names("the girls said zarina got taken from the sauna, she is with them")).toEqual(["zarina"]);
    expect(names("Айгерим эже, Нургүлдү полиция алып кетти")).toEqual(["Айгерим", "Нургүлдү"]);
    expect(names("С нами была одна, Зайка её звали, она первая написала")).toEqual(["Зайка"]);
    expect(names("Medbıke Dámetken naýqastyń dıagnozyn dálizde aıtty")).toEqual(["Dámetken"]);
    // Uzbek endings on a name in either script, and the Kazakh genitive as Latin chats spell its ң.
    expect(names("Нилуфар опа, Шахнозанинг номерини беринг")).toEqual(["Нилуфар", "Шахнозанинг"]);
    expect(names("Saule, Ainurdyng nomiri ozgerdi")).toEqual(["Saule", "Ainurdyng"]);
    expect(names("они пришли, дни идут")).toEqual([]);
    expect(names("«Шолпан» — так называлось кафе, где нас забрали")).toEqual([]);
    expect(names("«Коротышка» — так девочки называют этого сержанта")).toEqual(["Коротышка"]);
  });

  it("takes first names quoted after a word for names, one or a list, and three-letter pet forms in -я in chat", () => {
    expect(names("В тетради записаны имена «Лиза», «Сабина», «Жасмин» и суммы")).toEqual(["Лиза", "Сабина", "Жасмин"]);
    expect(names("Сауна «Жасмин» закрыта до понедельника")).toEqual([]);
    expect(names("кто с ней в контакте скажите что оля ищет")).toEqual(["оля"]);
    expect(names("да это наша аля я ее лично знаю")).toEqual(["аля"]);
    expect(names("это моя сумка, не трогай")).toEqual([]);
    expect(names("Алё, наташ, это я")).toEqual(["наташ"]);
  });

  it("takes an ID card's nine digits from 0 anywhere and a protocol's eight after a bare №, but no receipt's", () => {
    expect(found("Ол алып кетті, екі күн қайтармады. Номері 041587236 еді.", { lang: "kk" })).toEqual(["DOCNUM:041587236"]);
    expect(found("забрали вместе с ней: 042618735.")).toEqual(["DOCNUM:042618735"]);
    expect(found("ст. 517 КоАП (нарушение правил пребывания) № 01993482 в отношении")).toEqual(["DOCNUM:01993482"]);
    expect(found("чек 012345678 оплачен, квитанция у юриста")).toEqual([]);
    expect(found("работала по патенту серии 02 № 7718305; патент изъят")).toEqual(["DOCNUM:7718305"]);
    expect(found("registered with the Prosecutor's Office, incoming No. ЖТ-2024-05120977;", { lang: "en" })).toEqual([
      "DOCNUM:ЖТ-2024-05120977",
    ]);
    expect(found("Респондентка: Бермет (гражданка КР), 1996-09-09, приехала в 2021")).toEqual(["NAME:Бермет", "DOB:1996-09-09"]);
    expect(found("pasport berilgan, 03.03.1995 tug'ilgan.")).toEqual(["DOB:03.03.1995"]);
    // A room's, a lab sample's and a payment's numbers name no one's file.
    expect(found("Жалоба пациентки: в кабинете № 214 медсестра кричала")).toEqual([]);
    expect(found("Забор крови произведён. Пробирка № 1187 направлена в лабораторию")).toEqual([]);
    expect(found("Скинула 5000 на каспи, ID перевода 2409157718830042, проверь")).toEqual([]);
    expect(found("Протокол № 0048813 составлен без понятых")).toEqual(["DOCNUM:0048813"]);
    // Migrants' documents as their holders write them.
    expect(found("Полиция патент № 02 0451178 забрали")).toEqual(["DOCNUM:02 0451178"]);
    expect(found("Милиция паспортумду алып кетти, номери AC 2234517, кайра бербей")).toEqual(["DOCNUM:AC 2234517"]);
    expect(found("шиносномаи № 400229817, бе бақайдгирӣ")).toEqual(["DOCNUM:400229817"]);
    expect(found("taken to the station on Kabanbay Batyr 205, and", { lang: "en" })).toEqual(["ADDRESS:Kabanbay Batyr 205"]);
    expect(found("manzil: Almaty, Tole bi ko'chasi 273, 15-xonadon.")).toEqual(["ADDRESS:Tole bi ko'chasi 273, 15-xonadon"]);
    expect(found("men Zhandosova 2a dagi uydaman")).toEqual(["ADDRESS:Zhandosova 2a"]);
    expect(found("Ўзбекистон фуқароси, туғилган сана 07.07.1993.")).toEqual(["DOB:07.07.1993"]);
    expect(found("паспорт берилди, 09.03.2000 туулган, администратор")).toEqual(["DOB:09.03.2000"]);
    expect(found("Registered address (from ID): Mangilik El Ave. 30, apt. 144, Astana", { lang: "en" })).toEqual([
      "ADDRESS:Mangilik El Ave. 30, apt. 144",
    ]);
  });

  it("takes a nick with inner dots for a handle where a network is named or a year ends it, not a site, a file or a phone", () => {
    expect(found("Кто знает её инстаграм? Вроде aruzhan.lashes деп еді")).toEqual(["HANDLE:aruzhan.lashes"]);
    expect(found("пишет с левой страницы какой-то marat.kz.1987, угрожает")).toEqual(["HANDLE:marat.kz.1987"]);
    expect(found("сайт tendesu.kz работает, файл otchet.pdf в почте")).toEqual(["URL:tendesu.kz"]);
    expect(found("moi nomer teper tel.87073318246 staryi ne rabotaet")).toEqual(["PHONE:87073318246"]);
    expect(found("ya prishla.zavtra pogovorim")).toEqual([]);
  });

  it("takes the microdistrict named before a street into the one address, and no country's letters into a passport's number", () => {
    expect(found("проживает: г. Алматы, мкр. Самал-2, ул. Мендыкулова, 18.")).toEqual(["ADDRESS:мкр. Самал-2, ул. Мендыкулова, 18"]);
    expect(found("Мекенжайы: Алматы қ., Айнабұлақ-3 ш/а, Жібек жолы көшесі, 12-үй", { lang: "kk" })).toEqual([
      "ADDRESS:Айнабұлақ-3 ш/а, Жібек жолы көшесі, 12-үй",
    ]);
    // One word names the microdistrict before its Kazakh type: "Алматыда" is the town's.
    expect(found("қазір Алматыда Шаңырақ-1 шағын ауданы, Жанқожа батыр көшесі, 210-үй", { lang: "kk" })).toEqual([
      "ADDRESS:Шаңырақ-1 шағын ауданы, Жанқожа батыр көшесі, 210-үй",
    ]);
    expect(found("She lived at micro-district Zhetysu-3, building 12, flat 41.", { lang: "en" })).toEqual([
      "ADDRESS:micro-district Zhetysu-3, building 12, flat 41",
    ]);
    expect(found("Мадина живёт в доме 17 по ул. Гагарина, кв. 52")).toEqual(["NAME:Мадина", "ADDRESS:доме 17 по ул. Гагарина, кв. 52"]);
    // A street the lists know, after a comma, its house number ending the clause: a meeting's place.
    expect(found("придёте на день рождения фонда? в 19:00, Назарбаева 113")).toEqual(["ADDRESS:Назарбаева 113"]);
    expect(found("завтра идём в суд к 9:30, Абылай хана 47, третий этаж")).toEqual(["ADDRESS:Абылай хана 47"]);
    // An institution's noun names no street; a patrol's unit and hours are no house.
    expect(found("Центр СПИД, 3 этаж, кабинет 312, приём по вторникам")).toEqual([]);
    expect(found("The patrol unit 212 stopped the car at 23:10.", { lang: "en" })).toEqual([]);
    expect(found("She lives at 14 Abay St, unit 5.", { lang: "en" })).toEqual(["ADDRESS:14 Abay St, unit 5"]);
    expect(found("nas na Tole bi 2 chasa derzhat v mashine")).toEqual([]);
    expect(found("паспорт РТ 400517902, выдан в Душанбе")).toEqual(["DOCNUM:400517902"]);
    expect(found("паспорт гражданина РТ № 500286441, срок пребывания истёк")).toEqual(["DOCNUM:500286441"]);
  });

  it("takes the name she goes by quoted in brackets after hers, but not a café's", () => {
    expect(found("Пострадавшая: Юлия («Кнопка»), 24 года, работает через сайт.")).toEqual(["NAME:Юлия", "NAME:Кнопка"]);
    expect(found("Справка: Ермаханова Динара («Ди»), ранее привлекалась.")).toEqual(["NAME:Ермаханова Динара", "NAME:Ди"]);
    expect(found('Outreach: Tanya ("Bunny") was at the market.', { lang: "en" })).toEqual(["NAME:Tanya", "NAME:Bunny"]);
    expect(found("Встреча в кафе Алмаз («Almaz») на углу.")).toEqual([]);
  });

  it("takes a name at a message's start told to call, asked in the second person or after a calling particle, but no word before a relative 'где'", () => {
    expect(found("Гүлім, мына нөмірге хабарлас: +7 701 555 12 34", { lang: "kk" })).toEqual(["NAME:Гүлім", "PHONE:+7 701 555 12 34"]);
    expect(found("Айко, ертең в суд барасың ба? мен келемін")).toEqual(["NAME:Айко"]);
    expect(found("Гүлім ау, сен қалайсың?", { lang: "kk" })).toEqual(["NAME:Гүлім"]);
    expect(found("Зарнигор, сенга Мавлюда хола телефон қилди")).toEqual(["NAME:Зарнигор", "NAME:Мавлюда"]);
    expect(found("Адрес, где её держали: г. Алматы, без номера дома.")).toEqual([]);
    expect(found("Знаете, что самое страшное? Не менты.")).toEqual([]);
    expect(found("нұр жаусын, апа! рахмет сізге бәрі үшін", { lang: "kk" })).toEqual([]);
  });

  it("takes quoted words a bracket after them, or after their list, calls names, but not a venue or someone else's name", () => {
    expect(found("Участницы фокус-группы: «Мальвина», «Пупсик», «Ника» (рабочие имена, с их согласия).")).toEqual([
      "NAME:Мальвина",
      "NAME:Пупсик",
      "NAME:Ника",
    ]);
    expect(found('Her friend "Bunny" (her work name) called at night.', { lang: "en" })).toEqual(["NAME:Bunny"]);
    expect(found("Она работает в «Лагуне» (имя владельца не знаем).")).toEqual([]);
    expect(found("Кафе «Лагуна» (так и не узнали имя).")).toEqual([]);
  });

  it("takes a rank's word quoted as what he is called, the name in her passport, a quote joined to a name, a name given as, the one they call", () => {
    expect(found("за рулём был тот, кого девочки зовут «Майор», хотя он не майор")).toEqual(["NAME:Майор"]);
    expect(found("Клиента она знает только как «Дядя Миша», он приезжает ночью.")).toEqual(["NAME:Миша"]);
    expect(found("каждый раз при всех называет меня по паспорту — «Айдар», — а потом смеётся")).toEqual(["NAME:Айдар"]);
    expect(found('We met Tanya and "Bunny" near the old market.', { lang: "en" })).toEqual(["NAME:Tanya", "NAME:Bunny"]);
    expect(found('Intake form: name given as "Jasmine", contact by phone.', { lang: "en" })).toEqual(["NAME:Jasmine"]);
    expect(found("the cop with the scar is back, the one they call Shram", { lang: "en" })).toEqual(["NAME:Shram"]);
    expect(found("we call Legal Aid every week", { lang: "en" })).toEqual([]);
  });

  it("takes a name that is a word opening a Kazakh sentence with an accusative or ablative ending, or owning a case or a medical card, not a dative or an adjective", () => {
    expect(found("Сәулені ұрғанын өз көзіммен көрдім.", { lang: "kk" })).toEqual(["NAME:Сәулені"]);
    expect(found("Айнаның медициналық картасында жазылған.", { lang: "kk" })).toEqual(["NAME:Айнаның"]);
    expect(found("Әсемнен телефонын тартып алды.", { lang: "kk" })).toEqual(["NAME:Әсемнен"]);
    expect(found("Әсемнің ісі бойынша заңгер шағым берді.", { lang: "kk" })).toEqual(["NAME:Әсемнің"]);
    expect(found("Айнаға қарасам, бетім көкпеңбек.", { lang: "kk" })).toEqual([]);
    expect(found("Мерекеге байланысты зертхана жұмыс істемейді.", { lang: "kk" })).toEqual([]);
    expect(found("Ерікті түрде тест тапсыруға келістім.", { lang: "kk" })).toEqual([]);
    expect(found("Бақытымызға орай, дәрігер адам болып шықты.", { lang: "kk" })).toEqual([]);
  });

  it("leaves a free-phone hotline of Kazakhstan or Russia, which is no person's, and takes a Russian city number", () => {
    expect(found("Горячая линия 8-800-080-47-47 работает круглосуточно, звонок бесплатный.")).toEqual([]);
    expect(found("The helpline (toll-free +7 800 070 2020) received 96 calls.", { lang: "en" })).toEqual([]);
    expect(found("звони ему в Питер: 8 812 555 12 34")).toEqual(["PHONE:8 812 555 12 34"]);
  });

  it("takes an IBAN of any country as long as its country's, not a card inside it, and two written in a row", () => {
    expect(found("Volunteer reimbursement: IBAN DE59 3704 0044 6780 5789 40, travel to Taraz", { lang: "en" })).toEqual([
      "IBAN:DE59 3704 0044 6780 5789 40",
    ]);
    expect(found("IBAN GB82 WEST 1234 5698 7654 32 please", { lang: "en" })).toEqual(["IBAN:GB82 WEST 1234 5698 7654 32"]);
    expect(found("счета KZ86 125K ZT50 0410 0100 DE59 3704 0044 6780 5789 40")).toEqual([
      "IBAN:KZ86 125K ZT50 0410 0100",
      "IBAN:DE59 3704 0044 6780 5789 40",
    ]);
    // One check digit wrong: no account (the card its digits hold is still one).
    expect(found("IBAN DE59 3704 0044 6780 5789 41, travel", { lang: "en" })).toEqual(["CARD:3704 0044 6780 5789"]);
  });

  it("reads a protocol's number of dashed groups as one document, no phone inside it, and a migrant card's four and seven digits", () => {
    expect(found("Хаттама № 62-0219-001133, толтырған — полиция лейтенанты.", { lang: "kk" })).toEqual(["DOCNUM:62-0219-001133"]);
    expect(found("Protocol no. 51-0217-003402 was drawn up at the station.", { lang: "en" })).toEqual(["DOCNUM:51-0217-003402"]);
    expect(found("тел 8-701-555-12-34")).toEqual(["PHONE:8-701-555-12-34"]);
    expect(found("Client referred with migrant card 1905 0012457 by the police.", { lang: "en" })).toEqual(["DOCNUM:1905 0012457"]);
    expect(found("we helped migrants 120 times in 2024", { lang: "en" })).toEqual([]);
  });

  it("takes a street named for a khan or a hero no list has, and no house before a sum in thousands or an Uzbek count", () => {
    expect(found("меня выгнали с квартиры на Жангир хана, 12/1, можно у тебя пару дней?")).toEqual(["ADDRESS:Жангир хана, 12/1"]);
    expect(found("komnata svobodna na Zhubanova, 60 tysyach v mesyac")).toEqual([]);
    expect(found("Әр жолы 20 мың теңге алды, түбіртек бермеді.", { lang: "kk" })).toEqual([]);
    expect(found("Abay ko'chasida 2 ta mashina turibdi, chiqmanglar")).toEqual([]);
  });

  it("takes a quoted name that called, told or named herself, a citizen's surname before a name and a patronymic, Kyrgyz 'my' and 'its me'", () => {
    expect(found("Интервью, Кызылорда: «Бота» рассказала, что участковый требовал деньги.")).toEqual(["NAME:Бота"]);
    expect(found("Hotline log 14:32 — звонила «Снежана» из Костаная.")).toEqual(["NAME:Снежана"]);
    expect(found("ещё одна девушка, назвавшаяся «Кэт», личность не установлена")).toEqual(["NAME:Кэт"]);
    expect(found('At the station the officer kept calling me "Kamil" and laughed.', { lang: "en" })).toEqual(["NAME:Kamil"]);
    expect(found("Она работает в «Жасмин» уже год.")).toEqual([]);
    expect(found("Азамат Төлеуов Данияр Болатұлы әкімшілік құқық бұзушылық жасады.", { lang: "kk" })).toEqual([
      "NAME:Төлеуов Данияр Болатұлы",
    ]);
    expect(found("Айко, менин жаңы номерим +996 507 123 456")).toEqual(["NAME:Айко", "PHONE:+996 507 123 456"]);
    expect(found("Mika its me, new number +7 705 991 22 33", { lang: "en" })).toEqual(["NAME:Mika", "PHONE:+7 705 991 22 33"]);
    expect(found("Mom its me, call back", { lang: "en" })).toEqual([]);
  });

  it("takes a lower-case name that is a word only with a person's case ending, not an adjective's, a verb's or a possessive's, nor Kyrgyz 'болот'", () => {
    expect(found("ҚР ДСМ бұйрығы бойынша тестілеу тек ерікті түрде", { lang: "kk" })).toEqual([]);
    expect(found("2 kún boıy qarańǵyda otyrmyz, páter ıesi telefon almaıdy", { lang: "kk" })).toEqual([]);
    expect(found("бәрінің арманы бір — осы жұмыстан кету", { lang: "kk" })).toEqual([]);
    expect(found("сәулеге айтшы ертең келсін", { lang: "kk" })).toEqual(["NAME:сәулеге"]);
    expect(found("сәкеннің нөмірі өзгерді ме? жауап бермейді", { lang: "kk" })).toEqual(["NAME:сәкеннің"]);
    expect(found("kyzdar bugun tunde chykpagyla, reid bolot dep aitishti")).toEqual([]);
    expect(found("Болот ака келди, акча сурады")).toEqual(["NAME:Болот"]);
  });

  it("leaves a contract's or a grant's number, the NGO's, but not a work permit's after 'иммигранту'", () => {
    expect(found("общая сумма 840 000 тенге, договор № МГ-2024/03, отчётность до 30 июня")).toEqual([]);
    expect(found("Grant agreement No. 2024/117 was signed in March.", { lang: "en" })).toEqual([]);
    expect(found("Разрешение трудовому иммигранту серии ТИ 0045127 выдано гражданке.")).toEqual(["DOCNUM:ТИ 0045127"]);
  });

  it("takes a name quoted after an informant, and no district's adjective in Latin letters after a prosecutor", () => {
    expect(found("Интервью, Тараз. Информантка «Жасмин»: мамка отправляла девочек к ментам.")).toEqual(["NAME:Жасмин"]);
    expect(found("Vstrecha s prokurorom Almalinskogo rajona, 15:00, kabinet 212")).toEqual([]);
    expect(found("vyzvali k sledovatelyu Kovalskomu na dopros")).toEqual(["NAME:Kovalskomu"]);
  });

  it("takes a phone of any country written with its +, no count after it, and honorifics of Uzbek, Tajik and Kazakh after a name", () => {
    expect(found("pls call me back, +7 number doesn't work, use +44 7700 900418", { lang: "en" })).toEqual(["PHONE:+44 7700 900418"]);
    expect(found("+44 7700 900418 2 раза звонил")).toEqual(["PHONE:+44 7700 900418"]);
    expect(found("её немецкий номер +49 151 23456789")).toEqual(["PHONE:+49 151 23456789"]);
    expect(found("Бахыт байке, здравствуйте, мен сізге жаздым")).toEqual(["NAME:Бахыт"]);
    expect(found("Азамат-ага, сәлем! Вчерашние девочки на месте")).toEqual(["NAME:Азамат"]);
    expect(found("Rustamjon aka, men Dilorom, Olmaotada.")).toEqual(["NAME:Rustamjon", "NAME:Dilorom"]);
    expect(found("Переводчик: Наргис.")).toEqual(["NAME:Наргис"]);
    expect(found("Dana qalaisyñ? Men seni Qostanaida kütemin", { lang: "kk" })).toEqual(["NAME:Dana"]);
    expect(found("Samal, meniñ jaña nömırım 8 747 903 26 15", { lang: "kk" })).toEqual(["NAME:Samal", "PHONE:8 747 903 26 15"]);
  });

  it("reads Uzbek x as h in a name no list has, what Kazakh, Kyrgyz and Tajik say they call her, kin before a name, an Uzbek greeting", () => {
    expect(found("bratan, Farhodga ayt, Shoxrux kecha Sayramda ushlandi")).toEqual(["NAME:Farhodga", "NAME:Shoxrux"]);
    expect(found("who's Max? he keeps messaging the girls", { lang: "en" })).toEqual(["NAME:Max"]);
    expect(found("Менің шын атым басқа, бірақ жұмыста мені «Айко» дейді.", { lang: "kk" })).toEqual(["NAME:Айко"]);
    expect(found("Менин атым Чолпон, бирок бул жакта мени «Чоло» дешет.")).toEqual(["NAME:Чолпон", "NAME:Чоло"]);
    expect(found("Номам Мадина Рахимова, вале ин ҷо маро «Мадо» мегӯянд.")).toEqual(["NAME:Мадина Рахимова", "NAME:Мадо"]);
    expect(found("Атам Токтогул ооруп жатат, акча жөнөтүшүм керек")).toEqual(["NAME:Токтогул"]);
    expect(found("Salom, ismim Farangiz, Toshkentdanman")).toEqual(["NAME:Farangiz"]);
  });

  it("leaves a floor or an entrance hyphened on after the house out of the address, and takes no street with only a floor", () => {
    expect(found("Nurik brat, men seni kutyapman, Navoiy ko'chasi 14, 2-podyezd")).toEqual(["NAME:Nurik", "ADDRESS:Navoiy ko'chasi 14"]);
    expect(found("ертең кездесу 11:00-де, Сәтпаев көшесі, 30А, 2-қабат", { lang: "kk" })).toEqual(["ADDRESS:Сәтпаев көшесі, 30А"]);
    expect(found("Сейфуллин көшесі, 3-қабат", { lang: "kk" })).toEqual([]);
  });

  it("reads an Uzbek street named for a historical figure whole, and no microdistrict's number alone as an address", () => {
    expect(found("u Sayramda yashaydi, Amir Temur ko'chasi 88")).toEqual(["ADDRESS:Amir Temur ko'chasi 88"]);
    expect(found("Кто в Актау, в пятницу раздача в 14-м микрорайоне, у магазина")).toEqual([]);
    expect(found("Она живёт в 3-м микрорайоне, дом 7, квартира 21.")).toEqual(["ADDRESS:3-м микрорайоне, дом 7, квартира 21"]);
  });

  it("takes a name at a message's start asked for the writer ('мені', 'маған', 'mne'), not a flower in a relative clause, and no Kazakh adverb or Tajik town", () => {
    expect(found("Қарлығаш, ертең соттан кейін маған соқ", { lang: "kk" })).toEqual(["NAME:Қарлығаш"]);
    expect(found("Kris, kin' mne na Humo 9860 0105 5511 2233")).toContain("NAME:Kris");
    expect(found("Роза, которую он мне подарил, завяла за два дня")).toEqual([]);
    expect(found("Гульжан ханум, спасибо вам! Ертең екеуміз кеңсеге келеміз")).toEqual(["NAME:Гульжан"]);
    expect(found("Я приехала из Худжанда. Дар Алмаато кор кардам")).toEqual([]);
    expect(found("как жить 😩 Жарайды, сабыр етеміз")).toEqual([]);
  });

  it("reads a month beside a day's number as a date, not a name, and Uzbek honorifics with their case endings outside a name", () => {
    expect(found("Her mother called the office on 12 June asking for news.", { lang: "en" })).toEqual([]);
    expect(found("June called me yesterday from the station.", { lang: "en" })).toEqual(["NAME:June"]);
    expect(found("Брат, Шерзод акани номерини ташла")).toEqual(["NAME:Шерзод"]);
  });

  it("takes a protocol's number before 'в размере' (no count of times), a case history's and a sick-leave certificate's in English", () => {
    expect(found("Штраф по протоколу № 0612209 в размере 15 МРП оплачен 22.03")).toEqual(["DOCNUM:0612209"]);
    expect(found("History no. 17720/24, patient admitted at night.", { lang: "en" })).toEqual(["DOCNUM:17720/24"]);
    expect(found("Sick leave certificate LN-04417821 was issued for 10 days.", { lang: "en" })).toEqual(["DOCNUM:LN-04417821"]);
    expect(found("her history of 3 arrests", { lang: "en" })).toEqual([]);
  });

  it("takes an account written in one piece that passes its check whatever its length, and no English contraction or country for a name", () => {
    expect(found('asked for "deposit" money to account GE4429NB9158381225212115.', { lang: "en" })).toEqual([
      "IBAN:GE4429NB9158381225212115",
    ]);
    expect(found("I'm a trans woman, I'm 31.", { lang: "en" })).toEqual([]);
    expect(found("He said his name was Daniel, an engineer from Germany.", { lang: "en" })).toEqual(["NAME:Daniel"]);
  });

  it("takes a protocol's number of three groups whole (№ 19 0410 0034521) and a sick-leave sheet's, but no year after a number", () => {
    expect(found("ПРОТОКОЛ об административном правонарушении № 19 0410 0034521.")).toEqual(["DOCNUM:19 0410 0034521"]);
    expect(found("Хаттама № 24 1101 0007712. Азаматша келмеді.", { lang: "kk" })).toEqual(["DOCNUM:24 1101 0007712"]);
    expect(found("Лист нетрудоспособности № 0047218 выдан на 10 дней.")).toEqual(["DOCNUM:0047218"]);
    expect(found("протокол № 1234 2024 года")).toEqual(["DOCNUM:1234"]);
  });

  it("takes the name a message's writer introduces herself by before a bracket or an emoji, and one from outreach", () => {
    expect(found("hey it's Marco (from the Almaty group) — new number", { lang: "en" })).toEqual(["NAME:Marco"]);
    expect(found("hi it's Mercy 🙂 the new girl from Lagos.", { lang: "en" })).toEqual(["NAME:Mercy"]);
    expect(found("Привет! Это Salta с аутрича. Мына номерге жаз")).toEqual(["NAME:Salta"]);
    expect(found("это неправда, он врёт")).toEqual([]);
  });

  it("leaves a ministry order's number after the state's abbreviation and a table's count after 'reported', but takes a police report's", () => {
    expect(found("Согласно Приказу Министра здравоохранения РК № ҚР ДСМ-137/2020 тест добровольный.")).toEqual([]);
    expect(found("Table 4. Reported perpetrators (n=112): police 58, clients 23.", { lang: "en" })).toEqual([]);
    expect(found("The police report No. 44517 was filed the next day.", { lang: "en" })).toEqual(["DOCNUM:44517"]);
  });

  it("takes a name at a message's start told to give something, not a word that opens a sentence", () => {
    expect(found("Nurik, дай номер Асемки пожалуйста")).toEqual(["NAME:Nurik", "NAME:Асемки"]);
    expect(found("Ладно, дай подумать до завтра")).toEqual([]);
  });

  it("leaves the Tajik, Kazakh and Uzbek 'I' out of the name a writer gives", () => {
    expect(found("Ман Зебо ҳастам, аз Хуҷанд.")).toEqual(["NAME:Зебо"]);
    expect(found("Men Dilnoza, Toshkentdanman")).toEqual(["NAME:Dilnoza"]);
  });

  it("reads Kazakh thanks, an English greeting and a country as no names", () => {
    expect(found("Рахмет, жаным ❤️ ол менің нөмірімді берді", { lang: "kk" })).toEqual([]);
    expect(found("Merry Christmas to everyone celebrating", { lang: "en" })).toEqual([]);
    expect(found("She is a citizen of Azerbaijan with a valid residence permit.", { lang: "en" })).toEqual([]);
  });

  it("takes the whole name in Latin letters a woman gives after 'my name is' or 'named', no list holding it", () => {
    expect(found("I'm from Cebu, my name is Maricel Dela Cruz. I worked as a nanny.", { lang: "en" })).toEqual(["NAME:Maricel Dela Cruz"]);
    expect(found("In Almaty a man named Lao Zhang told me I owe him.", { lang: "en" })).toEqual(["NAME:Lao Zhang"]);
    expect(found("his name was Mike Police came later", { lang: "en" })).toEqual(["NAME:Mike"]);
  });
});

describe("issue #15, eighth round: glued and Kyrgyz birth dates, streets said by name in chats, clinics' card numbers, pet names", () => {
  it("takes a birth date with its locative glued on, and the Kyrgyz date after 'I was born'", () => {
    expect(found("Мен Андижондан келдим, 19.02.1988да туғилганман.")).toEqual(["DOB:19.02.1988да"]);
    expect(found("Мен Бишкекте туулгам, 1992-жылдын 30-июлунда.")).toEqual(["DOB:1992-жылдын 30-июлунда"]);
    expect(found("Мен 1992-жылы 30-июлда туулгам.")).toEqual(["DOB:1992-жылы 30-июлда"]);
    // …not a date with no birth word, nor the year word of 'г.р.' glued on.
    expect(found("Суд 19.02.2024да болды.")).toEqual([]);
    expect(found("Гражданка 12.01.1987г.р. задержана")).toEqual(["DOB:12.01.1987"]);
  });

  it("takes a main street and its house in a chat with no street word, and a street type after the name in Latin letters", () => {
    expect(found("salam kyzdar, erteng trening bolady, Abay 150 emes, jana ofiste")).toEqual(["ADDRESS:Abay 150"]);
    expect(found("Dostyk 91 emes, jana adres: Zhandosov str. 58, office 12")).toEqual([
      "ADDRESS:Dostyk 91",
      "ADDRESS:Zhandosov str. 58, office 12",
    ]);
    // …not a date after the eponym, a year, or a lower-case word that only looks like one.
    expect(found("Гагарин 12 апреля полетел в космос")).toEqual([]);
    expect(found("Абай 1845 жылы туған")).toEqual([]);
    expect(found("ar apta sain 30 myn tolep turady")).toEqual([]);
  });

  it("takes a clinic's card number after 'card no.' and a patient's number in the clinic's system, not a bank card's sum", () => {
    expect(found("Patient seen today, card no. G-31047. Complains of pain.", { lang: "en" })).toEqual(["DOCNUM:G-31047"]);
    expect(found("номер пациента в МИС PT-00918342, статус разглашён")).toEqual(["DOCNUM:PT-00918342"]);
    expect(found("top up the card with 5000, my card ending 4567", { lang: "en" })).toEqual([]);
  });

  it("takes a name called at a message's start when a word of calling comes later in the message", () => {
    expect(found("Камшат, бүгін кешке ешқайда шықпа", { lang: "kk" })).toEqual(["NAME:Камшат"]);
    expect(found("Ника, закреп не открывается, скинь ещё раз")).toEqual(["NAME:Ника"]);
    expect(found("Роза, которую он подарил, завяла, выкинь")).toEqual([]);
  });

  it("reads the pet forms in -усь, -уська and -чик as the names they come from", () => {
    expect(found("Маринусь, как ты? мы собрали тебе денег")).toEqual(["NAME:Маринусь"]);
    expect(found("Marinus'ka, derzhis', advokat zavtra budet")).toEqual(["NAME:Marinus'ka"]);
    expect(found("Валерчик опять звонил, требует 200 за крышу")).toEqual(["NAME:Валерчик"]);
    expect(found("минус 200, вирус и статус, мальчик и пальчик")).toEqual([]);
  });

  it("takes a name the clause after it calls her name, and the English names women take for work", () => {
    expect(found("I'm Lily, that's my work name. My mother does not know.", { lang: "en" })).toEqual(["NAME:Lily"]);
    expect(found("Grace is my work name, not my real one", { lang: "en" })).toEqual(["NAME:Grace"]);
    expect(found("Лиза — это моё рабочее имя")).toEqual(["NAME:Лиза"]);
    expect(found("Hope is the name of the shelter", { lang: "en" })).toEqual([]);
    expect(found("Angel investors met at the Cherry Blossom fund", { lang: "en" })).toEqual([]);
  });

  it("takes the name Kyrgyz says they call her with a word of where between, and a name before 'jan'", () => {
    expect(found("Мени Ошто «Айка» дешет, бул жерде башкача")).toEqual(["NAME:Айка"]);
    expect(found("Aselya jan, seni militsiya izdep jatyr")).toEqual(["NAME:Aselya"]);
    expect(found("Jan 2024 report on raids", { lang: "en" })).toEqual([]);
  });
});

describe("issue #15, ninth round: Uzbek, Tajik and table-row birth dates, names said with 'call me' or a bracket, a woman's surname after her patronymic", () => {
  it("takes Uzbek and Tajik birth dates and a date in a table's row after a name", () => {
    expect(found("Зулфия опа, мен 1994 йил 22 апрелда туғилганман")).toEqual(["NAME:Зулфия", "DOB:1994 йил 22 апрелда"]);
    expect(found("Мехрона, таваллуди ман 12.09.1996, барои анкета")).toEqual(["NAME:Мехрона", "DOB:12.09.1996"]);
    expect(found("Я Алёна Михайловна Сёмина, 1989-го года рождения")).toEqual(["NAME:Алёна Михайловна Сёмина", "DOB:1989"]);
    expect(found("Реестр: 2024-099 | Алимова Камила | 19.12.1989 | 8 (701) 733 50 28")).toEqual([
      "NAME:Алимова Камила",
      "DOB:19.12.1989",
      "PHONE:8 (701) 733 50 28",
    ]);
    // …not a table's date that no name stands before.
    expect(found("Рейд | 19.12.2023 | Алматы")).toEqual([]);
  });

  it("takes the name after 'call me', and one a bracket after it says is hers", () => {
    expect(found("Call me Sunny, that's my work name.", { lang: "en" })).toEqual(["NAME:Sunny"]);
    expect(found("Shelter intake: Victoria (surname withheld), arrived at night", { lang: "en" })).toEqual(["NAME:Victoria"]);
    expect(found("Call me tomorrow after the hearing", { lang: "en" })).toEqual([]);
  });

  it("keeps a woman's surname after her patronymic in her name, and a man's pet name before 'you' in a chat", () => {
    expect(found("Я Инна Сергеевна Лёвина, родилась в Караганде")).toEqual(["NAME:Инна Сергеевна Лёвина"]);
    expect(found("Karina gde ty? Timurchik tebya ischet")).toEqual(["NAME:Karina", "NAME:Timurchik"]);
  });

  it("takes two Latin words no list knows as a foreign name when they are a form field's whole value, not an organisation", () => {
    expect(found("Partner in Poland: Agnieszka Nowak, see the bank details below", { lang: "en" })).toEqual(["NAME:Agnieszka Nowak"]);
    expect(found("Case summary: Chiamaka Eze, 26, Nigerian national", { lang: "en" })).toEqual(["NAME:Chiamaka Eze"]);
    expect(found("Donor: Open Society, grant for 2025", { lang: "en" })).toEqual([]);
    expect(found("Partner: Human Rights Watch, Berlin office", { lang: "en" })).toEqual([]);
  });

  it("leaves a card's last digits, which name no one, but takes a medical card's number", () => {
    expect(found("15 000 тенге на карту пострадавшей (последние цифры 7470).")).toEqual([]);
    expect(found("Картасының соңғы төрт саны 8812 еді", { lang: "kk" })).toEqual([]);
    expect(found("Медицинская карта № 23-1047 у врача")).toEqual(["DOCNUM:23-1047"]);
  });

  it("leaves a lab sample's number said a few words before it, but not a protocol's", () => {
    expect(found("Blood sample lab ID 24-11873; result negative", { lang: "en" })).toEqual([]);
    expect(found("swab taken (sample ID GX-0451), syphilis serology pending", { lang: "en" })).toEqual([]);
    expect(found("Образец крови № 2231 направлен в лабораторию")).toEqual([]);
    expect(found("Протокол № АА-0451288 от 15.03 не выдан")).toEqual(["DOCNUM:АА-0451288"]);
  });

  it("reads a date after 'от' as a paper's and 'ж. тіркелді' as registered, not born", () => {
    expect(found("Постановление о прекращении ДР от 28.12.2023 получено")).toEqual([]);
    expect(found("Өтініш 14.03.2024 ж. тіркелді, тексеру жүріп жатыр", { lang: "kk" })).toEqual([]);
    expect(found("Қыз 2003 ж. туылған, яғни ол кезде жас еді", { lang: "kk" })).toEqual(["DOB:2003"]);
    expect(found("у меня ДР 14.02, приходи")).toEqual(["DOB:14.02"]);
  });

  it("reads the Kyrgyz street word and leaves an English ordinal floor out of the address", () => {
    expect(found("Алматыда Шевченко көчөсү, 90, кв. 3 деген жерде жашадык")).toEqual(["ADDRESS:Шевченко көчөсү, 90, кв. 3"]);
    expect(found("the clinic moved, new address is 14 Zheltoksan St, 2nd floor", { lang: "en" })).toEqual(["ADDRESS:14 Zheltoksan St"]);
  });
});

describe("issue #15, tenth round: Kyrgyz phones with the trunk apart, 'my name' in Kazakh and Uzbek, Tajik and Kyrgyz birth years", () => {
  it("takes a Kyrgyz mobile written with its trunk 0 apart, not a sum or a date", () => {
    expect(found("номер теперь 0 700 55 21 87, кыргызский")).toEqual(["PHONE:0 700 55 21 87"]);
    expect(found("0 500 000 тенге перевела")).toEqual([]);
    expect(found("01 02 2024 0 12")).toEqual([]);
  });

  it("takes the name after 'my name' in Kazakh and Uzbek, no list holding it, and the date after it", () => {
    expect(found("menin atym Korlan, 14-qazan 1990, Oskemennen")).toEqual(["NAME:Korlan", "DOB:14-qazan 1990"]);
    expect(found("Мени Ошто Таалайбек деген киши алып келди")).toEqual(["NAME:Таалайбек"]);
  });

  it("takes Tajik and Kyrgyz birth years, a passport's abbreviation, a name a dash calls a name, and a Dutch particle", () => {
    expect(found("Мен Саида. Соли 1994 таваллуд шудаам.")).toEqual(["NAME:Саида", "DOB:1994"]);
    expect(found("Атым Гүлсара. 1993-жылы туулгам.")).toEqual(["NAME:Гүлсара", "DOB:1993"]);
    expect(found("Мигрантка, пасп. 400812391, вид на жительство не оформлен")).toEqual(["DOCNUM:400812391"]);
    expect(found("«Марго» — не настоящее имя, паспортное другое")).toEqual(["NAME:Марго"]);
    expect(found("«Айсулу» — название кафе на углу")).toEqual([]);
    expect(found("honorarium: Jonas van Dijk, paid in March", { lang: "en" })).toEqual(["NAME:Jonas van Dijk"]);
  });

  it("leaves a sum sent after a card's number is asked for, a verb thanked for, Latin 'ili' and a -овой adjective", () => {
    expect(found("Айка скинь номер карты, переведу за такси: 2 500")).toEqual(["NAME:Айка"]);
    expect(found("Шағым ІІД-ға жіберілді, шығыс № 52/24. Жауап жоқ", { lang: "kk" })).toEqual(["DOCNUM:52/24"]);
    expect(found("пришло, спасибо зай 🙏")).toEqual([]);
    expect(found("ленусь, привет")).toEqual(["NAME:ленусь"]);
    expect(found("Dasha tvoi nomer? ili ty pomenyala")).toEqual(["NAME:Dasha"]);
    expect(found("Бортовой номер патрульного автомобиля не записан")).toEqual([]);
  });

  it("takes a name no list has opening a message asked in English, not a word of apology or calling", () => {
    expect(found("Zuzana, can you check if the transfer came?", { lang: "en" })).toEqual(["NAME:Zuzana"]);
    expect(found("Sorry, can you repeat that?", { lang: "en" })).toEqual([]);
    expect(found("Guys, can you help with the lawyer?", { lang: "en" })).toEqual([]);
  });

  it("knows more Central Asian first names, and leaves the words some of them would make with a case ending", () => {
    expect(found("Қорлан апай келді", { lang: "kk" })).toEqual(["NAME:Қорлан"]);
    expect(found("Шаҳноза опа, мен келдим")).toEqual(["NAME:Шаҳноза"]);
    expect(found("Әкімшілік құқық бұзушылық туралы хаттама толтырылды", { lang: "kk" })).toEqual([]);
    expect(found("bugin reid boldy, vokzal janynda, ertennen basta", { lang: "kk" })).toEqual([]);
    expect(found("Менің ЖСН-ім жоқ, соны жазып алды", { lang: "kk" })).toEqual([]);
  });
});

describe("issue #15, eleventh round: ordinal days, Kyrgyz and Tajik birth words, an IIN in pairs, names an e-mail holds", () => {
  it("takes birth dates with an ordinal day, and Kyrgyz, Tajik and misspelt Kazakh birth words", () => {
    expect(found("ya rodilas 12go iyunya 1995, iz Semeya")).toEqual(["DOB:12go iyunya 1995"]);
    expect(found("Меня родили 9-го мая 1985-го, я всегда шучу")).toEqual(["DOB:9-го мая 1985-го"]);
    expect(found("Менин атым Айпери, 1998-жылы 7-майда төрөлгөм.")).toEqual(["NAME:Айпери", "DOB:1998-жылы 7-майда"]);
    expect(found("Ман 1996 соли 4 июл таваллуд шудаам.")).toEqual(["DOB:1996 соли 4 июл"]);
    expect(found("men 1996 jylgy 5 shildede tugganmyn")).toEqual(["DOB:1996 jylgy 5 shilde"]);
  });

  it("takes an IIN dictated in pairs only when called one", () => {
    expect(found("Заявительница, ИИН 89 10 13 49 14 03, сообщила")).toEqual(["IIN:89 10 13 49 14 03"]);
    expect(found("12 34 56 78 90 12 штук")).toEqual([]);
  });

  it("takes a name an e-mail address of the text holds, not a shared mailbox's word", () => {
    expect(found("write to Miriam at miriam.help@protonmail.com", { lang: "en" })).toEqual([
      "NAME:Miriam",
      "EMAIL:miriam.help@protonmail.com",
    ]);
    expect(found("contact Katrin Vogel, k.vogel@frauenrecht-netz.de.", { lang: "en" })).toEqual([
      "NAME:Katrin Vogel",
      "EMAIL:k.vogel@frauenrecht-netz.de",
    ]);
    expect(found("Write to Support at support@ngo.kz", { lang: "en" })).toEqual(["EMAIL:support@ngo.kz"]);
  });

  it("takes pet names in -юня and -унчик, a quoted name she says she is, and a listed street with its house word", () => {
    expect(found("Галюня, с днём рождения!!!")).toEqual(["NAME:Галюня"]);
    expect(found("Верунчик, напомни телефон")).toEqual(["NAME:Верунчик"]);
    expect(found("Меня зовут Айгерим, но на работе я «Эля».")).toEqual(["NAME:Айгерим", "NAME:Эля"]);
    expect(found("я «Магнум» люблю")).toEqual([]);
    expect(found("участковый ходит по квартирам на Жандосова, дом 58, не открывайте")).toEqual(["ADDRESS:Жандосова, дом 58"]);
    expect(found("Встреча в офисе на Абая, каб. 12, присутствовали 6 девушек")).toEqual([]);
  });

  it("takes an IIN grouped by its parts, a row's date after a tab, Kyrgyz and Uzbek flats, 'I'm' and an owner's 's", () => {
    expect(found("her IIN is 750422 4 7447 6 — both were photographed", { lang: "en" })).toEqual(["IIN:750422 4 7447 6"]);
    expect(found("1\tАбенова Ж.К.\t14.07.1990\t900714 4 0293 4\t87014415926")).toEqual([
      "NAME:Абенова Ж.К.",
      "DOB:14.07.1990",
      "IIN:900714 4 0293 4",
      "PHONE:87014415926",
    ]);
    expect(found("Мен Райымбек көчөсү 210, 14-батир да турам")).toEqual(["ADDRESS:Райымбек көчөсү 210, 14-батир"]);
    expect(found("Hi, I'm Joy from Nigeria, I came on a student visa", { lang: "en" })).toEqual(["NAME:Joy"]);
    expect(found("Faith's number is switched off, she said", { lang: "en" })).toEqual(["NAME:Faith"]);
    expect(found("I'm Fine thanks", { lang: "en" })).toEqual([]);
  });

  it("leaves an emergency line's number, a greeting before an honorific, plural honorifics and capitals glued to a code", () => {
    expect(found("Вызов поступил на номер 102 в 02:14, экипаж прибыл")).toEqual([]);
    expect(found("протокол № 102 от 12.03 не выдан")).toEqual(["DOCNUM:102"]);
    expect(found("Салам эже, мен Айпери, Ошто туулгам")).toEqual(["NAME:Айпери"]);
    expect(found("Апалар, менің ЖСН-ім керек пе өтінішке?", { lang: "kk" })).toEqual([]);
    expect(found("Реактивный результат у клиентки с кодом НАТА0493; клиентка отказалась")).toEqual([]);
  });

  it("takes a birth date with its month in Roman numerals and a Kyrgyz personal number after its word", () => {
    expect(found("Доверительница: Макарова Евгения, 4.IV.1991, тел. 8 777 018 62 39.")).toEqual([
      "NAME:Макарова Евгения",
      "DOB:4.IV.1991",
      "PHONE:8 777 018 62 39",
    ]);
    expect(found("Родилась 29/II/1992, в свидетельстве так и написано")).toEqual(["DOB:29/II/1992"]);
    expect(found("Глава IV.2024 года")).toEqual([]);
    expect(found("паспорт AC3061942; ПИН (ИНН) КР 21508199000631; в РК с 2023 г.")).toEqual(["DOCNUM:AC3061942", "DOCNUM:21508199000631"]);
  });
});

describe("issue #15, twelfth round: Uzbek work patents, glued Latin year words, a residence permit, a Tajik street word", () => {
  it("takes an Uzbek work patent's region and ten digits, and a residence permit's number", () => {
    expect(found("Сестра, патент номерим 02 2400578814, текшириб берасизми")).toEqual(["DOCNUM:02 2400578814"]);
    expect(found("Patentim 02 2400933127, lekin ishga olishmadi")).toEqual(["DOCNUM:02 2400933127"]);
    expect(found("разрешение на временное проживание № ВП-0193371.")).toEqual(["DOCNUM:ВП-0193371"]);
  });

  it("takes birth dates with the Kazakh year word glued on in Latin letters, Tajik 'birth year' and English 'b.'", () => {
    expect(found("menin atym Saltanat, 1995jyly 12 qazanda tugammyn")).toEqual(["NAME:Saltanat", "DOB:1995jyly 12 qazan"]);
    expect(found("номи ман Шахноза, соли таваллудам 1999, аз Хуҷанд")).toEqual(["NAME:Шахноза", "DOB:1999"]);
    expect(found("Intake: Svetlana Ivanova (b. 1983), lives alone", { lang: "en" })).toEqual(["NAME:Svetlana Ivanova", "DOB:1983"]);
  });

  it("reads the Tajik street word before a street's name", () => {
    expect(found("Ман дар Алмаато кӯчаи Толе би, 286 зиндагӣ мекардам")).toEqual(["ADDRESS:кӯчаи Толе би, 286"]);
  });

  it("takes a clinic's card number after 'clinic card' with no sign, not a sum put on it", () => {
    expect(found("Clinic card AC-77120: Yelena Kravets, hepatitis C", { lang: "en" })).toEqual(["DOCNUM:AC-77120", "NAME:Yelena Kravets"]);
    expect(found("top up the clinic card with 5000", { lang: "en" })).toEqual([]);
  });
});

describe("issue #15, thirteenth round: a Kazakh і in Latin words, endings on house numbers, forwarded senders, quoted nicknames", () => {
  it("reads a Latin word with a Cyrillic look-alike letter typed in as Latin, so it joins no name", () => {
    expect(found("Zhuldyzdyn nomerі 8 777 403 2918, habarlas")).toEqual(["NAME:Zhuldyzdyn", "PHONE:8 777 403 2918"]);
    expect(found("uchaskelіk Nurbolat menі kolіgіne otyrgyzyp")).toEqual(["NAME:Nurbolat"]);
    expect(found("Айгерiм келді")).toEqual(["NAME:Айгерiм"]);
  });

  it("does not read a reply's first word (жақсы, әрине, азизам) as a name called", () => {
    expect(found("Жақсы, ертең кеңсеге кел, сағат 11-де.", { lang: "kk" })).toEqual([]);
    expect(found("Әрине, ертең сағат 12-де кеңсеге кел.", { lang: "kk" })).toEqual([]);
    expect(found("Азизам, патент рақамингни ёзиб юбор")).toEqual([]);
    expect(found("Сәуле, ертең кеңсеге кел.", { lang: "kk" })).toEqual(["NAME:Сәуле"]);
  });

  it("keeps a Kazakh place ending glued straight to the house number inside the address, one after a hyphen outside, in either script", () => {
    expect(found("Казыбек би 28де емес")).toEqual(["ADDRESS:Казыбек би 28де"]);
    expect(found("dostar, Kazybek bi 28de emes")).toEqual(["ADDRESS:Kazybek bi 28de"]);
    expect(found("men 9-da Zhibek Zholy 135-te bolamyn")).toEqual(["ADDRESS:Zhibek Zholy 135"]);
    expect(found("Мен Жибек Жолу көчөсү, 245 жанында турам")).toEqual(["ADDRESS:Жибек Жолу көчөсү, 245"]);
  });

  it("takes a forwarded message's sender and a writer who says 'this is' after a greeting or before 'from'", () => {
    expect(found("Forwarded from Jessie: «Police in Shymkent are stopping cars»", { lang: "en" })).toEqual(["NAME:Jessie"]);
    expect(found("hi, is this Olga? this is Priya from the regional network", { lang: "en" })).toEqual(["NAME:Olga", "NAME:Priya"]);
    expect(found("Hello, this is Priya.", { lang: "en" })).toEqual(["NAME:Priya"]);
    expect(found("This is Almaty.", { lang: "en" })).toEqual([]);
  });

  it("takes a nickname quoted right after her name, not a venue's title after a street's", () => {
    expect(found("Кейс 77. Таня «Рыжая», работает в сауне")).toEqual(["NAME:Таня", "NAME:Рыжая"]);
    expect(found("ул. Абая «Кафе Роза»")).toEqual([]);
    expect(found("Таңертең Заринаны «Сайран» автовокзалынан таптық", { lang: "kk" })).toEqual(["NAME:Заринаны"]);
  });

  it("takes a full date right after a name as her birth date, and an area code's bracket into the phone", () => {
    expect(found("klientka Evgeniya Tkach 12 fevralya 1989, prosit")).toEqual(["NAME:Evgeniya Tkach", "DOB:12 fevralya 1989"]);
    expect(found("Иванова 12.03.2019 была задержана")).toEqual(["NAME:Иванова"]);
    expect(found("позвони (701) 229 4715 после обеда")).toEqual(["PHONE:(701) 229 4715"]);
  });

  it("reads 'төле' (pay) as a verb and an unlisted spelling of the district officer as a role", () => {
    expect(found("Sayasat degen uchaskovy maghan 50 myng tenge tole dedі")).toEqual(["NAME:Sayasat"]);
    expect(found("шаблон: KZ00 0000 0000 0000 0000")).toEqual([]);
  });
});

describe("issue #15, fourteenth round: Uzbek affection in Latin letters, statements' authors, inverted addresses, birth certificates' series", () => {
  it("takes a name with Uzbek affection in Latin letters, a name before 'джан', and a quoted name she introduced herself by in Uzbek", () => {
    expect(found("Zarinajon, telefoningni yoqib qo'y")).toEqual(["NAME:Zarinajon"]);
    expect(found("Gulya, sen kecha politsiyaga bordingmi? Dilnozaxon aytdi seni chaqirishgan")).toEqual(["NAME:Gulya", "NAME:Dilnozaxon"]);
    expect(found("Маринэ джан, ты завтра свободна?")).toEqual(["NAME:Маринэ"]);
    expect(found("Бемор ўзини «Малика» деб таништирди, ҳужжати йўқ, тахминан 30 ёшда.")).toEqual(["NAME:Малика"]);
  });

  it("takes the author of a statement or affidavit, and a name called before 'this is' and the writer's name", () => {
    expect(found("Witness statement of Hans Krüger, German national, passport C4KJ9T7R2, staying at the hotel", { lang: "en" })).toEqual([
      "NAME:Hans Krüger",
      "DOCNUM:C4KJ9T7R2",
    ]);
    expect(found("Statement of Claim filed", { lang: "en" })).toEqual([]);
    expect(found("Sveta, eto Nadya. ya v otdele na Abaya", { lang: "ru" })).toEqual(["NAME:Sveta", "NAME:Nadya"]);
    expect(found("Роза, это Алматы.", { lang: "ru" })).toEqual([]);
  });

  it("reads nationalities, Uzbek and Kyrgyz words and a district named after someone as no names", () => {
    expect(found("The client, a Turkish man, paid in cash", { lang: "en" })).toEqual([]);
    expect(found("Gulbahor opa aytdi, militsiya kecha yana keldi")).toEqual(["NAME:Gulbahor"]);
    expect(found("Bermetke aytkyla, suddan kiyin meni kuttup tursun")).toEqual(["NAME:Bermetke"]);
    expect(found("sud 14-da, Auezov raionniy, 11:00.")).toEqual([]);
  });

  it("takes a house and the street after 'по' or 'на' as one address, and leaves an entrance's ordinal out", () => {
    expect(found("Место: у дома 18 по ул. Гоголя. Основание: ст. 449")).toEqual(["ADDRESS:дома 18 по ул. Гоголя"]);
    expect(found("Он живёт в доме 9 на Курмангазы, квартира на третьем этаже")).toEqual(["ADDRESS:доме 9 на Курмангазы"]);
    expect(found("в доме 5 на втором этаже")).toEqual([]);
    expect(found("г. Караганда, пр. Бухар-Жырау, д. 49/1, кв. 203, 2-й подъезд, 5-й этаж.")).toEqual([
      "ADDRESS:пр. Бухар-Жырау, д. 49/1, кв. 203",
    ]);
    expect(found("Мен турган уй — Сайрам кучаси, 18-уй, Шымкентда.")).toEqual(["ADDRESS:Сайрам кучаси, 18-уй"]);
    expect(found("Бир жолу 30 миң берип чыктым")).toEqual([]);
  });

  it("takes birth years said in Uzbek, in Kazakh three words before the verb, and in a table's row", () => {
    expect(found("Мен 1999 жылы Жамбыл облысында туылдым", { lang: "kk" })).toEqual(["DOB:1999"]);
    expect(found("men 1994-yilda tug'ilganman")).toEqual(["DOB:1994"]);
    expect(found("Ташпулатова Мохира; 1997; УЗБ; +998 90 417 33 21")).toEqual([
      "NAME:Ташпулатова Мохира",
      "DOB:1997",
      "PHONE:+998 90 417 33 21",
    ]);
    expect(found("Номер счёта-фактуры 240315000412, дата 15.03.2024, поставщик — типография")).toEqual([]);
  });

  it("takes a birth certificate's Roman series, a driving licence's number, registered references; not a business number", () => {
    expect(found("Свидетельство о рождении ребёнка I-ЖБ 0845123 изъято")).toEqual(["DOCNUM:I-ЖБ 0845123"]);
    expect(found("Driving licence AB 610244 belonging to the suspect", { lang: "en" })).toEqual(["DOCNUM:AB 610244"]);
    expect(found("registered with the Anti-Corruption Agency, reg. no. AK-24-000318, alleging", { lang: "en" })).toEqual([
      "DOCNUM:AK-24-000318",
    ]);
    expect(found("ГУ «Центр судебных экспертиз», БИН 110540018726, сумма 28 416 ₸.")).toEqual([]);
  });

  it("takes a name called before a Kazakh or Uzbek imperative, and Kazakh endings in chat spellings", () => {
    expect(found("Дана, телефонды өшірме, мен қазір келемін", { lang: "kk" })).toEqual(["NAME:Дана"]);
    expect(found("Nilu, politsiya keldi, tezroq chiq")).toEqual(["NAME:Nilu"]);
    expect(found("Marat'ga aityp qoi, advokat erteñ keledi")).toEqual(["NAME:Marat'ga"]);
    expect(found("Maratga aityp qoi")).toEqual(["NAME:Maratga"]);
    expect(found("Nazerke sälem, Erjannyñ nömırın jıberşı")).toEqual(["NAME:Nazerke", "NAME:Erjannyñ"]);
  });

  it("takes a name a record opens with before her age or a bracketed birth date, and a birth date after her citizenship", () => {
    expect(found("Кейс: Нұрайлым, 22, трансәйел, Алматы.")).toEqual(["NAME:Нұрайлым"]);
    expect(found("Абая, 22, кв. 5")).toEqual(["ADDRESS:Абая, 22, кв. 5"]);
    expect(found("Ақбота (12.12.1999) бізге хабарласты")).toEqual(["NAME:Ақбота", "DOB:12.12.1999"]);
    expect(found("Исмаилова Севара, гр. Узбекистана, 1995-11-02, паспорт AA4413907")).toEqual([
      "NAME:Исмаилова Севара",
      "DOB:1995-11-02",
      "DOCNUM:AA4413907",
    ]);
    expect(found("Иванова, Алматы, 12.03.2021")).toEqual(["NAME:Иванова"]);
  });

  it("reads addresses in the 2021 Latin alphabet and with Kazakh's j, and a protocol's series named like a vital sign", () => {
    expect(found("meniñ mekenjaiym: Şuğyla yqşamaudany, 345-üi, 12-päter, erteñ keliñder")).toEqual([
      "ADDRESS:Şuğyla yqşamaudany, 345-üi, 12-päter",
    ]);
    expect(found("menin adresim Jibek Joly 50, 31-kvartira, kelip")).toEqual(["ADDRESS:Jibek Joly 50, 31-kvartira"]);
    expect(found("Протокол № АД-00147821 об административном правонарушении")).toEqual(["DOCNUM:АД-00147821"]);
    expect(found("Жалобы на головную боль, АД 150/95")).toEqual([]);
  });

  it("reads street corners in chat spellings, replies' words and sentence-opening nouns as no names", () => {
    expect(found("kyzdar, kecha Abaya-Seifullina burishynda patrul turdy")).toEqual([]);
    expect(found("segodnya menttar Abaya-Baizakova uglynda turgan eken")).toEqual([]);
    expect(found("Рахмат опа! пул келди")).toEqual([]);
    expect(found("Норм, только ватсапқа жазсын")).toEqual([]);
    expect(found("Правовой анализ: задержание без состава")).toEqual([]);
    expect(found("Дәрі-дәрмекке 27 500 теңге жұмсады", { lang: "kk" })).toEqual([]);
    expect(found("Гүлдер алдым, раушан гүлдер", { lang: "kk" })).toEqual([]);
  });
});

describe("issue #15, fifteenth round: 'you' after a name called, foreigners' names, quoted names said to be names, records' birth dates", () => {
  it("takes a name called before 'you' or 'your' in Kazakh and Uzbek, or whose handle holds it", () => {
    expect(found("Samal, seni politsiya izdep zhur, qaida sen?")).toEqual(["NAME:Samal"]);
    expect(found("Aiko, mynau @aiko_qz sening akkaun ba?")).toEqual(["NAME:Aiko", "HANDLE:@aiko_qz"]);
    expect(found("Qyzdar, @qyzdar_komek_bot degen botqa jazyndar")).toEqual(["HANDLE:@qyzdar_komek_bot"]);
  });

  it("takes foreign first names, a volunteer's, and a name signing a message off", () => {
    expect(found("The oil workers paid in dollars; one of them, Rick, reported me", { lang: "en" })).toEqual(["NAME:Rick"]);
    expect(found("расшифровка – волонтёр Клаус (стажёр из Гамбурга).")).toEqual(["NAME:Клаус"]);
    expect(found("Меня держал Гурам, грузин, он говорил")).toEqual(["NAME:Гурам"]);
    expect(found("Monitoring table, Shymkent, Jan–Mar: raids 6", { lang: "en" })).toEqual([]);
    expect(found("5100 9230 0187 2176, на имя мамы, не удивляйтесь. Маржан")).toEqual(["CARD:5100 9230 0187 2176", "NAME:Маржан"]);
  });

  it("takes a quoted name an alias or a name word says is one, or how she introduced herself", () => {
    expect(found('Clinic log: patient used the alias "Bella"; consented', { lang: "en" })).toEqual(["NAME:Bella"]);
    expect(found('My work name was "Honey"; my real name is on my ID', { lang: "en" })).toEqual(["NAME:Honey"]);
    expect(found('The project name is "Safe Space".', { lang: "en" })).toEqual([]);
    expect(found("Горячая линия: звонила «Ласточка» (так представилась), Актобе")).toEqual(["NAME:Ласточка"]);
  });

  it("takes birth years and dates in records' rows, two-digit years and Tajik dates; not a day and month after a name", () => {
    expect(found("Row 58: Akmaral B. | F | 1984 | Astana", { lang: "en" })).toEqual(["NAME:Akmaral B.", "DOB:1984"]);
    expect(found("Карточка кейса: Байрамова Лейла, 1994, Атырау")).toEqual(["NAME:Байрамова Лейла", "DOB:1994"]);
    expect(found("Aizhan Omarova, 01.02.96, Shymkent")).toEqual(["NAME:Aizhan Omarova", "DOB:01.02.96"]);
    expect(found("Ман аз Хуҷанд, 14 августи соли 1996 таваллуд шудаам.")).toEqual(["DOB:14 августи соли 1996"]);
    expect(found("men 2004 jylgymyn, sondyqtan olar meni")).toEqual(["DOB:2004"]);
    expect(found("Итоги встречи с Лаурой 14.03: подтверждает")).toEqual(["NAME:Лаурой"]);
  });

  it("reads Tashkent's and Bishkek's streets, flats after a slashed house, and a bracketed country code", () => {
    expect(found("Работала на Бухар жырау, 45/2, это квартира")).toEqual(["ADDRESS:Бухар жырау, 45/2"]);
    expect(found("проживает по адресу: мкр. Восток-5, 12/3-44.")).toEqual(["ADDRESS:мкр. Восток-5, 12/3-44"]);
    expect(found("address: mkr. Mamyr-4, bld. 112, apt. 45", { lang: "en" })).toEqual(["ADDRESS:mkr. Mamyr-4, bld. 112, apt. 45"]);
    expect(found("Меня в Бишкеке на Ахунбаева остановили")).toEqual([]);
    expect(found("phone (+7) 776 019 44 83, to dermatovenerologist", { lang: "en" })).toEqual(["PHONE:(+7) 776 019 44 83"]);
  });

  it("takes a Russian pet name's case forms (Тоха, Тохой)", () => {
    expect(found("Кристюш, ты же с Тохой живёшь? передай ему")).toEqual(["NAME:Кристюш", "NAME:Тохой"]);
  });

  it("leaves a card's last digits after 'соңы', an age range in Uzbek and a vaccine's batch", () => {
    expect(found("Карта соңы 8806 ғой?", { lang: "kk" })).toEqual([]);
    expect(found("militsiya pasportlarni olib qo'ygan, hammasi 20-30 yosh.")).toEqual([]);
    expect(found("Серия вакцины HB-2509.")).toEqual([]);
  });
});

describe("issue #15, sixteenth round: Tajik and Uzbek endings, Kyrgyz birth years, surnames before a first name and patronymic, names an address spells", () => {
  it("takes Tajik's object marker on a name, 'to you' in Latin Kazakh, a warning, and an Uyghur honorific outside the name", () => {
    expect(found("dugonai Zarina. Zarinaro politsiya burd")).toEqual(["NAME:Zarina", "NAME:Zarinaro"]);
    expect(found("Dana, men sagan 5 myn salyp zhiber")).toEqual(["NAME:Dana"]);
    expect(found("Настюш не ходи сегодня никуда")).toEqual(["NAME:Настюш"]);
    expect(found("Gulnisa hede, Ablimit aka telefon qil")).toEqual(["NAME:Gulnisa", "NAME:Ablimit"]);
    expect(found("Айнагүл эже, Чынара Кара-Балтадан чалды")).toEqual(["NAME:Айнагүл", "NAME:Чынара"]);
  });

  it("takes a surname no list has before a first name and patronymic, but not a role's word", () => {
    expect(found("Осмотр травматолога. Шнайдер Ирина Андреевна, 1988 г.р.")).toEqual(["NAME:Шнайдер Ирина Андреевна", "DOB:1988"]);
    expect(found("Менеджер Ирина Андреевна сказала")).toEqual(["NAME:Ирина Андреевна"]);
    expect(found("Контакты: Ингрид Ларсен (ingrid.larsen@nordfond.se)")).toEqual([
      "NAME:Ингрид",
      "NAME:Ларсен",
      "EMAIL:ingrid.larsen@nordfond.se",
    ]);
    expect(found("Шағым мәтіні shagym.ngo.kz@proton.me адресіне")).toEqual(["EMAIL:shagym.ngo.kz@proton.me"]);
  });

  it("takes Kyrgyz birth years and two-digit years before the words of birth", () => {
    expect(found("Чолпон Абдыкалыкова, туулган жылы 1994, ID-карта ID2291745")).toEqual([
      "NAME:Чолпон Абдыкалыкова",
      "DOB:1994",
      "DOCNUM:ID2291745",
    ]);
    expect(found("ya s Kostanaya, 92 goda rozhdeniya. rabotayu")).toEqual(["DOB:92"]);
    expect(found("Men Aigerim, 98 zhyly tugganmyn")).toEqual(["NAME:Aigerim", "DOB:98"]);
  });

  it("reads counts, days and floors after a number as no house, Tashkent's blocks and Kyrgyz avenues as streets", () => {
    expect(found("Выезд мобильной группы 02.12, мкр Шугыла, 14 контактов, роздано 320")).toEqual([]);
    expect(found("menya derzhali v otdele na Abaya 2 sutok, ne davali")).toEqual([]);
    expect(found("the hostel is the one on Tole Bi, 3rd floor, room 14", { lang: "en" })).toEqual([]);
    expect(found("adresim Chilonzor 9-kvartal, 14-uy, 27-xonadon")).toEqual(["ADDRESS:Chilonzor 9-kvartal, 14-uy, 27-xonadon"]);
    expect(found("Ал мени Чүй проспекти 112 дагы офиске алып барды")).toEqual(["ADDRESS:Чүй проспекти 112"]);
  });

  it("takes registration numbers in Russian and Kyrgyz and a case material's number", () => {
    expect(found("Учётный № АЛ-02-118843, АРТ с 2023 г.")).toEqual(["DOCNUM:АЛ-02-118843"]);
    expect(found("Каттоо № КУЖ-2026-1183.")).toEqual(["DOCNUM:КУЖ-2026-1183"]);
    expect(found("Материал № 7594-26-00-3м/412.")).toEqual(["DOCNUM:7594-26-00-3м/412"]);
  });

  it("takes birth dates said in words, in Russian, Kazakh and Kazakh in Latin letters, only with a birth word", () => {
    expect(found("Я родилась восьмого марта девяносто девятого, в праздник")).toEqual(["DOB:восьмого марта девяносто девятого"]);
    expect(found("Мен тоқсан жетінші жылы Жаңаөзенде тудым.", { lang: "kk" })).toEqual(["DOB:тоқсан жетінші"]);
    expect(found("Анам менің он бесінші наурызда туғанымды ұмытпайды.", { lang: "kk" })).toEqual(["DOB:он бесінші наурыз"]);
    expect(found("Men toksan segizinshi zhyly Semeide tudym.")).toEqual(["DOB:toksan segizinshi"]);
    expect(found("Задержали восьмого марта, в праздник")).toEqual([]);
    expect(found("Это было в девяносто седьмом году")).toEqual([]);
  });
});

describe("issue #15, seventeenth round: transcripts' verbs, tables' cells, corners, Uzbek and Kazakh microdistricts, dialled country codes", () => {
  it("reads what a role says in a transcript as no name, and a name in a table's cell or after a colon with an initial", () => {
    expect(found("Судья: Назовите фамилию, имя, отчество.")).toEqual([]);
    expect(found("Прокурор: Прошу признать подсудимого виновным")).toEqual([]);
    expect(found("Свидетель: Иванова сказала")).toEqual(["NAME:Иванова"]);
    expect(found("41;17.03.2024;Павлодар;Вагнер Ирма;+77182550914;выселение")).toEqual(["NAME:Вагнер Ирма", "PHONE:+77182550914"]);
    expect(found("Возврат командировочных: Гейнц И., IBAN KZ04965KZT1909292820")).toEqual(["NAME:Гейнц И.", "IBAN:KZ04965KZT1909292820"]);
  });

  it("reads two streets hyphened or joined by Kyrgyz 'менен' at a corner as no names", () => {
    expect(found("devochki kto znaet Snezhanu s Abaya-Rozybakieva? u nee")).toEqual(["NAME:Snezhanu"]);
    expect(found("Nurzat, men seni kutup jatam, Ahunbaeva menen Sovetskayanyn burchunda")).toEqual(["NAME:Nurzat"]);
  });

  it("reads Kazakh two-word and Uzbek microdistricts, Uzbek avenues and Tajik flats", () => {
    expect(found("Тұрғылықты мекенжайы: Ақтау қ., 14-шағын аудан, 9-үй, 37-пәтер.")).toEqual(["ADDRESS:14-шағын аудан, 9-үй, 37-пәтер"]);
    expect(found("Ақтаудың 14-шағын ауданында 2 рейд болды")).toEqual([]);
    expect(found("манзил: Юнусобод 4-мавзе, 17-уй, 41-хонадон")).toEqual(["ADDRESS:Юнусобод 4-мавзе, 17-уй, 41-хонадон"]);
    expect(found("манзил: Навоий шоҳкўчаси, 34-уй, тел.")).toEqual(["ADDRESS:Навоий шоҳкўчаси, 34-уй"]);
    expect(found("дар кӯчаи Ташкентская 495, хонаи 8")).toEqual(["ADDRESS:кӯчаи Ташкентская 495, хонаи 8"]);
  });

  it("takes a phone dialled with 00 for its country's +, not a receipt's group from 00, and an Uzbek personal number", () => {
    expect(found("тел. 00996 557 31 84 20.")).toEqual(["PHONE:00996 557 31 84 20"]);
    expect(found("түбіртек нөмірі 0045 8812 3307, көшірмесі", { lang: "kk" })).toEqual([]);
    expect(found("Тўхтасинова Малика, ЖШШИР 42411961230018")).toEqual(["NAME:Тўхтасинова Малика", "DOCNUM:42411961230018"]);
  });

  it("leaves a client's anonymous code, which names no file with her name", () => {
    expect(found("Patient declined to give ID; registered under code AKT-F-26-0711.", { lang: "en" })).toEqual([]);
    expect(found("Зарегистрирована анонимно под кодом 13-ТР-0441, ИППП-скрининг")).toEqual([]);
    expect(found("Заключение психолога: у клиентки (код 26-ПС-029) признаки ПТСР.")).toEqual([]);
  });

  it("leaves a lab specimen's number", () => {
    expect(found("Lab report: specimen 24-A-00713, RPR non-reactive", { lang: "en" })).toEqual([]);
  });

  it("leaves 'Dear' and a country before a name outside it, and knows Aruka for Аружан", () => {
    expect(found("Letter to the patient: Dear Zhuldyz, your results are ready.", { lang: "en" })).toEqual(["NAME:Zhuldyz"]);
    expect(found("Перевод волонтёру из Великобритании Эмили Картер (компенсация)")).toEqual(["NAME:Эмили Картер"]);
    expect(found("Aruka, bügin 21:00-de Keruen ortalyğynda kezdesemiz")).toEqual(["NAME:Aruka"]);
  });
});

describe("issue #15, eighteenth round: 19-digit cards, dispensary numbers, names one goes by, pet forms in Latin letters, birth years in rows", () => {
  it("takes a 19-digit Mir card and a 15-digit American Express card whole, not their first twelve digits as an IIN", () => {
    // Luhn-valid, grouped as the banks print them; the Mir card's first sixteen digits pass Luhn too.
    expect(found("перевод на карту Мир 2200 7001 2345 6781 407, спасибо")).toEqual(["CARD:2200 7001 2345 6781 407"]);
    expect(found("Amex 3782 822463 10005 на имя клиента")).toEqual(["CARD:3782 822463 10005"]);
    expect(found("карта 4400 4302 1166 9079, ИИН 880412400632")).toEqual(["CARD:4400 4302 1166 9079", "IIN:880412400632"]);
  });

  it("takes a dispensary's register number and an Uzbek protocol's number", () => {
    expect(found("ЖИТС орталығында есепте тұр, есеп нөмірі Б-20417.")).toEqual(["DOCNUM:Б-20417"]);
    expect(found("диспансерлік нөмір КТ-4410, келесі келу 3 айдан кейін")).toEqual(["DOCNUM:КТ-4410"]);
    expect(found("унга нисбатан баённома № АН-553108 тузилди")).toEqual(["DOCNUM:АН-553108"]);
  });

  it("takes the name someone goes by, quoted after a nickname's word, 'в быту', 'в интернете', or said by everyone", () => {
    expect(names("Раньше она писала в группу под ником «Пантера», потом пропала")).toEqual(["Пантера"]);
    expect(names("Задержан Оразов Ерлан Маратович (в быту — «Ерик»), 1990 г.р.")).toEqual(["Оразов Ерлан Маратович", "Ерик"]);
    expect(names("Меня зовут Айдос, в интернете — «Дос». Нашли через сайт.")).toEqual(["Айдос", "Дос"]);
    expect(names("Атым Гүлназ, бірақ мұнда бәрі «Гуля» дейді.")).toEqual(["Гүлназ", "Гуля"]);
    expect(names('client Saltanat (name changed at her request to "Dina") comes monthly', { lang: "en" })).toEqual(["Saltanat", "Dina"]);
    // …not a venue renamed, nor a café called so.
    expect(names('the sauna name was changed to "Lagoon" last year', { lang: "en" })).toEqual([]);
    expect(names("Эртага ўша кафега, «Нилуфар» деган, учрашамиз.")).toEqual([]);
  });

  it("takes a name after a form's field for it, an aside in brackets between, in capitals too", () => {
    expect(names("Анкета: имя (как обращаться): Роза; возраст: 31")).toEqual(["Роза"]);
    expect(names("ФАМИЛИЯ: БЕККЕР ИМЯ: ОЛЬГА")).toEqual(["БЕККЕР", "ОЛЬГА"]);
    expect(names("Имя: не указано")).toEqual([]);
  });

  it("takes a name with her role in brackets after it", () => {
    expect(names("Outreach note: Вера (peer) раздала 40 наборов")).toEqual(["Вера"]);
    expect(names("Надежда (НПО) помогла")).toEqual([]);
  });

  it("takes pet forms in Latin letters (Alinochka, Svetulya) and -улик (Светулик) as names", () => {
    expect(names("Kamilochka s dnem rozhdeniya!!! lyublyu")).toEqual(["Kamilochka"]);
    expect(names("Светулик, перезвони мне")).toEqual(["Светулик"]);
  });

  it("reads no Kazakh accusative -ды/-ді after a vowel (yuradi is a verb), and no 'sen' or 'free' for a name", () => {
    expect(names("Militsiya kechqurun ko'p yuradi.")).toEqual([]);
    expect(names("sen qaidasyn? men ostanovkada")).toEqual([]);
    expect(names("Lunch is free, in the small room.", { lang: "en" })).toEqual([]);
    expect(names("Айгүлді ұрды")).toEqual(["Айгүлді"]);
  });

  it("leaves adjectives and plural nouns shaped like surnames, a holiday, a café in Latin letters and a corner's streets", () => {
    expect(names("Обращение зарегистрировано в Единой системе учёта.")).toEqual([]);
    expect(names("Продукты — по списку, без подписи.")).toEqual([]);
    expect(names("Біз Наурыз мерекесінде жиналамыз")).toEqual([]);
    expect(names("Erteñ Arman kafesinde jinalys bolady")).toEqual([]);
    expect(names("на пересечении улиц Жамбыла и Тулебаева задержали двоих")).toEqual([]);
  });

  it("takes a birth date with an abbreviated month, birth years after a slash or in brackets, and a birth year after д/р", () => {
    expect(found("Тураева Зарина; 14 сент. 1996; Самарканд")).toEqual(["NAME:Тураева Зарина", "DOB:14 сент. 1996"]);
    expect(found("Intake: Maria Lopez / 1993 / Almaty")).toEqual(["NAME:Maria Lopez", "DOB:1993"]);
    expect(found("қоңырау шалушы Мөлдір (1999), Тараз")).toEqual(["NAME:Мөлдір", "DOB:1999"]);
    expect(found("Ахметова Б., д/р 1987, полиса нет")).toEqual(["NAME:Ахметова Б.", "DOB:1987"]);
    expect(found("Ахметова Б. (2019) задержана")).toEqual(["NAME:Ахметова Б."]);
  });

  it("takes birth dates with Uzbek and new Kazakh Latin months, and a birth date wished across an exclamation", () => {
    expect(found("Dilnoza, tug'ilgan sana 1998-yil 3-sentabr")).toEqual(["NAME:Dilnoza", "DOB:1998-yil 3-sentabr"]);
    expect(found("Sot: Seitova Aıgerim, 1995 jylǵy 12 naýryz, aıyppul")).toEqual(["NAME:Seitova Aıgerim", "DOB:1995 jylǵy 12 naýryz"]);
    expect(found("S dnem rozhdeniya!!! ty u nas 5 marta 2003?")).toEqual(["DOB:5 marta 2003"]);
    expect(found("С днём рождения! Встреча 12.12.2026 в офисе.")).toEqual([]);
  });

  it("takes streets numbered by an ordinal, a microdistrict by its name and number before a street, and an Uzbek quarter's district", () => {
    expect(found("адрес: мкр Восток, 3-й проезд, д. 11")).toEqual(["ADDRESS:мкр Восток, 3-й проезд, д. 11"]);
    expect(found("живёт 5-я линия, дом 23, кв 4")).toEqual(["ADDRESS:5-я линия, дом 23, кв 4"]);
    expect(found("оплатила проезд, 200 тенге")).toEqual([]);
    expect(found("Алматыда Айнабұлақ-3, Жұмабаев көшесі, 40 тұрады")).toEqual(["ADDRESS:Айнабұлақ-3, Жұмабаев көшесі, 40"]);
    expect(found("манзил: Сергели 7-мавзе, 21-уй, 5-хонадон")).toEqual(["ADDRESS:Сергели 7-мавзе, 21-уй, 5-хонадон"]);
    expect(found("na Abaya 24-chasovaya apteka est?")).toEqual([]);
  });

  it("takes 17- and 18-digit cards, an IIN's birth date when the IIN is grouped, and an Uzbek mobile without its country's code", () => {
    expect(found("на карту Мир 2200 7001 2345 6789 10 сестре")).toEqual(["CARD:2200 7001 2345 6789 10"]);
    expect(found("Сейтова Гүлнар (ұйғыр, орысша сөйлейді), 21.11.1976, ИИН 761121 430521")).toEqual([
      "NAME:Сейтова Гүлнар",
      "DOB:21.11.1976",
      "IIN:761121 430521",
    ]);
    expect(found("Mijoz telefoni 93 555 12 34, kechqurun")).toEqual(["PHONE:93 555 12 34"]);
    expect(found("штраф 91 234 05 67")).toEqual([]);
  });

  it("takes an Uzbek case history's number, a dispensary's abbreviated, and a surname after its word without a colon", () => {
    expect(found("Shifokor: bemorning kasallik tarixi raqami QT-40217, testi manfiy.")).toEqual(["DOCNUM:QT-40217"]);
    expect(found("Пациентка, дисп. учёт № 2206-Б, жалоб нет")).toEqual(["DOCNUM:2206-Б"]);
    expect(names("Потом узнала, что его фамилия Гнатюк, он из управления")).toEqual(["Гнатюк"]);
  });

  it("takes a form's surname in capitals before a comma and her first name as one name, and a surname no list has before a first name that is a word and a patronymic", () => {
    expect(names("Lab requisition: patient PARK, Olga; DOB 11/08/1991", { lang: "en" })).toEqual(["PARK, Olga"]);
    expect(names("письмо в ДСБ, Ляйла говорит, быстрее отвечают")).toEqual(["Ляйла"]);
    expect(names("Объяснение: я, Гофман Эльза Андреевна, проживаю")).toEqual(["Гофман Эльза Андреевна"]);
  });

  it("takes a name asked where she is, and leaves 'everyone' greeted, 'либо', and a nationality after an article", () => {
    expect(names("Вера где? Не отвечает третий день")).toEqual(["Вера"]);
    expect(names("Шолпан қайда? Номері жаңа")).toEqual(["Шолпан"]);
    expect(names("Hammaga salom, bugun reyd bor")).toEqual([]);
    expect(names("Он сказал: либо ты платишь, либо едешь в отдел")).toEqual([]);
    expect(names("My client, a German tourist called Hans, paid me", { lang: "en" })).toEqual(["Hans"]);
  });

  it("takes an IIN typed digit by digit when called one, a Kyrgyz mobile with its code in brackets, and an Uzbek mobile after 'nomer'", () => {
    expect(found("ИИН 8 8 0 4 1 2 4 0 0 6 3 2 , место работы")).toEqual(["IIN:8 8 0 4 1 2 4 0 0 6 3 2"]);
    expect(found("Ватсап: 0 (555) 21-87-04")).toEqual(["PHONE:0 (555) 21-87-04"]);
    expect(found("ertaga kel, nomer 97 410 22 18")).toEqual(["PHONE:97 410 22 18"]);
    expect(found("shtraf oplachen, chek est, nomer 55812")).toEqual([]);
  });

  it("takes a street's eponym with its initial, and no initial of a person's before a street", () => {
    expect(found("мекенжайы Т. Рысқұлов көшесі, 12, 4-пәтер")).toEqual(["ADDRESS:Т. Рысқұлов көшесі, 12, 4-пәтер"]);
    expect(found("инспектор Сейтқали Б.К. Абай даңғылы, 12-үй мекенжайында")).toEqual([
      "NAME:Сейтқали Б.К.",
      "ADDRESS:Абай даңғылы, 12-үй",
    ]);
  });

  it("takes birth dates by Uzbek 'y.t.', a day in words before a year in digits, and a birth date after a short capitals word", () => {
    expect(found("Sud: Rahimov Anvar Olimovich, 1993 y.t., erkak")).toEqual(["NAME:Rahimov Anvar Olimovich", "DOB:1993"]);
    expect(found("Я родилась пятого марта 1999 года в Таразе")).toEqual(["DOB:пятого марта 1999"]);
    expect(found("Card: Timur Abenov, MSM, 12.09.1990, tg")).toEqual(["NAME:Timur Abenov", "DOB:12.09.1990"]);
  });

  it("takes a registration's and a certificate's number in the Kazakh Latin alphabet, and leaves a code's capitals and the role before initials", () => {
    expect(found("tirkeý nómiri AB-22-0417, jaraqattar")).toEqual(["DOCNUM:AB-22-0417"]);
    expect(found("Анықтаушы Нұрланқызы Ж. өтінішті тіркемеді")).toEqual(["NAME:Нұрланқызы Ж."]);
    expect(found("Номер дела в базе: 2025/SHM/0041")).toEqual(["DOCNUM:2025/SHM/0041"]);
    expect(found("шаҳрванди Ҷумҳурии Тоҷикистон Раҳимова Зарина Олимовна", { lang: "ru" })).toEqual(["NAME:Раҳимова Зарина Олимовна"]);
    expect(names("Reason: the survivor withdrew consent, and the case is closed.", { lang: "en" })).toEqual([]);
    expect(names("Sezim saýnasyna barmańdar", { lang: "kk" })).toEqual([]);
  });

  it("takes a Russian passport's series and number with 'номер' between, a Kazakh court case lettered in its category, and a dispensary number's letters", () => {
    expect(found("Копия паспорта: серия 46 08 номер 512907, выдан")).toEqual(["DOCNUM:46 08 номер 512907"]);
    expect(found("Sot sheshimi: aıyppul joıylsyn. Is № 2710-24-00-3a/415.")).toEqual(["DOCNUM:2710-24-00-3a/415"]);
    expect(found("Диспансерлік есеп № 2290-АИТВ. Ем жалғасуда")).toEqual(["DOCNUM:2290-АИТВ"]);
  });

  it("leaves a room with a date after it, a table's English column names, a form's Ф.И.О., and ART", () => {
    expect(found("Meeting at the ombudsman's office, room 310, 3 December. Agreed.", { lang: "en" })).toEqual([]);
    expect(found('csv: "case_id","city","victim_age","amount_kzt"')).toEqual([]);
    expect(found("pishi mne lady_in_red")).toEqual(["HANDLE:lady_in_red"]);
    expect(names("Бланк: Ф.И.О. Оспанова Гүлмира Серікқызы / ИИН")).toEqual(["Оспанова Гүлмира Серікқызы"]);
    expect(names("inache ne primut na ART bez pasporta")).toEqual([]);
    expect(names("НАДЯ ПЕРЕЗВОНИ ТВОЮ ДАШУ ЗАБРАЛИ")).toEqual(["НАДЯ", "ДАШУ"]);
  });

  it("takes a nickname after Latin 'po klichke', a quoted nickname with a rough age after it, 'X and I', and Uzbek -bonu", () => {
    expect(names("kto znaet chuvaka po klichke Gvozd? on devochek vozit")).toEqual(["Gvozd"]);
    expect(names("Данные на сотрудника: «Бека», около 35 лет, на руке шрам")).toEqual(["Бека"]);
    expect(names("кафе «Бахыт», около 30 лет работает")).toEqual([]);
    expect(names("Thanks for yesterday. Hope and I are fine now.", { lang: "en" })).toEqual(["Hope"]);
    expect(found("Men Gulbonu, 1994-yilda Farg'onada tug'ilganman.")).toEqual(["NAME:Gulbonu", "DOB:1994"]);
  });

  it("takes birth dates answered after a transcript's speaker, a month and a year, a two-digit year with -го, a day said in the nominative, and 'rojdeniya'", () => {
    expect(found("JUDGE: Date of birth? WITNESS: 4 March 1981.", { lang: "en" })).toEqual(["DOB:4 March 1981"]);
    expect(found("Петрова А., д.р. март 1996, жалобы")).toEqual(["NAME:Петрова А.", "DOB:март 1996"]);
    expect(found("ya rodilas' 3 marta 82-go, mne uzhe")).toEqual(["DOB:3 marta 82-go"]);
    expect(found("Судья: Дата рождения? — первое мая восемьдесят пятого.")).toEqual(["DOB:первое мая восемьдесят пятого"]);
    expect(found("Imya so slov — Asem, god rojdeniya 1992. Osmotr")).toEqual(["NAME:Asem", "DOB:1992"]);
    expect(found("в мае 2024 года задержали")).toEqual([]);
  });

  it("leaves a form's field names and a court's name for the accused, in capitals too", () => {
    expect(names("Фамилия: ОМАРОВА Имя: ЖАНАР Отчество: СЕРИКОВНА Дата рожд.: 01.02.1990")).toEqual(["ОМАРОВА", "ЖАНАР", "СЕРИКОВНА"]);
    expect(names("Судья: Подсудимая, ваша фамилия? — Балтабаева.")).toEqual(["Балтабаева"]);
  });

  it("takes an IIN called so with a case ending, a quoted name someone goes by, and a name in brackets after a phone — not a bank's after a card", () => {
    expect(found("менің ЖСН-ім керек пе? 88 04 12 40 06 32")).toEqual(["IIN:88 04 12 40 06 32"]);
    expect(names('at work she goes by "Honey". Bruises on both arms', { lang: "en" })).toEqual(["Honey"]);
    expect(found("coordinator: +995 599 41 82 06 (Nino).")).toEqual(["PHONE:+995 599 41 82 06", "NAME:Nino"]);
    expect(found("тел. 8 701 234 56 78 (Телеграм)")).toEqual(["PHONE:8 701 234 56 78"]);
    expect(found("на карту 4400 4302 1166 9079 (Kaspi Gold), это")).toEqual(["CARD:4400 4302 1166 9079"]);
  });

  it("takes a driving licence after ВУ and a street in the Kazakh Latin alphabet, and leaves an endearment, RUz and a kiosk", () => {
    expect(found("Касымов Ерлан, ВУ BT 558172, авто")).toEqual(["NAME:Касымов Ерлан", "DOCNUM:BT 558172"]);
    expect(found("mekenjaıy Tóle bı kóshesi 12, 7-páter")).toEqual(["ADDRESS:Tóle bı kóshesi 12, 7-páter"]);
    expect(names("Айналайын, ертең сотқа бармасын")).toEqual([]);
    expect(names("1998 g.r., grazhdanka RUz, bez dokumentov")).toEqual([]);
    expect(names("Не покупайте в ларьке «Азиза» у остановки")).toEqual([]);
  });

  it("takes a surname the lists read otherwise, or shaped as German surnames, before a first name and a Russian patronymic", () => {
    expect(names("Карточка (скан): ФИО — Габдуллина Резеда Фаритовна; д.р.")).toEqual(["Габдуллина Резеда Фаритовна"]);
    expect(names("Наркодиспансер. Гейзен Ирина Петровна, 1980 г.р.")).toEqual(["Гейзен Ирина Петровна"]);
    expect(names("Уважаемая Роза Ивановна, сообщаем")).toEqual(["Роза Ивановна"]);
  });

  it("takes birth years by 'я … года', 'born' after the year, Uzbek 'tug'ilgan yili', and with -жылы or -м hyphened on", () => {
    expect(found("Если нужно для документов — я 2001 года. Из Аральска.")).toEqual(["DOB:2001"]);
    expect(found("Statement of Dilya (1996 born, passport 401772315)", { lang: "en" })).toEqual([
      "NAME:Dilya",
      "DOB:1996",
      "DOCNUM:401772315",
    ]);
    expect(found("Bemor Saidova Mohira, tug'ilgan yili 1988, pasport")).toEqual(["NAME:Saidova Mohira", "DOB:1988"]);
    expect(found("Атым Жаңыл, 1994-жылы туулгам.")).toEqual(["NAME:Жаңыл", "DOB:1994"]);
    expect(found("Я родилась в 1997-м в Кентау")).toEqual(["DOB:1997"]);
  });

  it("takes a quoted name after I'm, a birth certificate's three-letter series, and Аруана; leaves P.O. Box and a verb in capitals", () => {
    expect(names("My name is Temir but online I'm \"Tim\". I'm 22.", { lang: "en" })).toEqual(["Temir", "Tim"]);
    expect(found("Свидетельство серии II-АЛА 0522817 выдано")).toEqual(["DOCNUM:II-АЛА 0522817"]);
    expect(names("Men Aruana, 27 jastamyn.")).toEqual(["Aruana"]);
    expect(names("Post address: Almaty 050012, P.O. Box 44.", { lang: "en" })).toEqual([]);
    expect(names("ДИНУ ЗАБРАЛИ!!! кто рядом")).toEqual(["ДИНУ"]);
  });

  it("takes a surname at a sentence's start before a first name and a Russian patronymic, and a name in capitals before a card's №", () => {
    expect(names("Мед. карта № 04-1173. Ковальчук Ирина Андреевна, д/р 11.11.2001")).toEqual(["Ковальчук Ирина Андреевна"]);
    expect(names("Позвонила Айгуль Маратовна из центра")).toEqual(["Айгуль Маратовна"]);
    expect(names("изъята карта на имя DANA ORAZOVA № 5375 1624 8082 0731")).toEqual(["DANA ORAZOVA"]);
    expect(names("ФИО: Сейтова А.С. Д.р. 27.08.1984.")).toEqual(["Сейтова А.С."]);
    expect(names("ксюша асель и диляра уже в отделе")).toEqual(["ксюша", "асель", "диляра"]);
  });

  it("takes a slashed dispensary series, a Kazakh examination act's number, 't.s.', 'j.' and Tashkent's kvartal; leaves a bank and a pronoun before a house", () => {
    expect(found("диспансерлік тіркеу № Д/Т-0512: науқас")).toEqual(["DOCNUM:Д/Т-0512"]);
    expect(found("Медициналық куәландыру актісі № 07-2218 жасалды")).toEqual(["DOCNUM:07-2218"]);
    expect(found("Hujjat: Nodira Salieva, t.s. 14.10.1979, sluchai")).toEqual(["NAME:Nodira Salieva", "DOB:14.10.1979"]);
    expect(found("Habarlama: Aıgerim Serikova, 1999 j. 3 mamyr, JSN")).toEqual(["NAME:Aıgerim Serikova", "DOB:1999 j. 3 mamyr"]);
    expect(found("manzili Yunusobod 4-kvartal, 12-uy, 7-xonadon")).toEqual(["ADDRESS:Yunusobod 4-kvartal, 12-uy, 7-xonadon"]);
    expect(names("кидаю номер карты Сбер 2202 7155 1999 5620")).toEqual([]);
    expect(found("Біз 5-үйдің подъезінде тұрдық")).toEqual([]);
  });

  it("takes a profile link on OnlyFans as a handle, and leaves a nationality, a district's police and a holiday", () => {
    expect(found("her page is onlyfans.com/steppe_rose, the client found it", { lang: "en" })).toEqual(["HANDLE:onlyfans.com/steppe_rose"]);
    expect(names("The landlord, a Dungan man called Ma Yusup, kept them", { lang: "en" })).toEqual(["Ma Yusup"]);
    expect(names("Bishkek, Sverdlov RUVD: protokol")).toEqual([]);
    expect(names("Bugun Navruz, hammaga bayramingiz muborak!")).toEqual([]);
  });

  it("takes Korean, Chinese and Vietnamese names written in Cyrillic syllables, a year in words in the prepositional, and a Tajik year after the verb of birth", () => {
    expect(names("Клиент из Кореи, Ким Чжун Хо, оставил номер")).toEqual(["Ким Чжун Хо"]);
    expect(names("вид на жительство на имя Чан Тхи Май изъят")).toEqual(["Чан Тхи Май"]);
    expect(found("Я родилась в девяносто восьмом, в Таразе")).toEqual(["DOB:девяносто восьмом"]);
    expect(found("Хуҷандда туғилганман, 1997 сол.")).toEqual(["DOB:1997"]);
  });

  it("leaves a district's name before its Kyrgyz word and an area in English", () => {
    expect(names("Бишкек шаарынын Октябрь районунун ИИБ")).toEqual([]);
    expect(names("three flats in the Samal area; the girls", { lang: "en" })).toEqual([]);
    expect(names("Ахметов районный прокурор")).toEqual(["Ахметов"]);
  });

  it("takes the Uzbek patronymic's 'son of' inside the name, Korean syllables after a role, Tajik names in Latin j, and a lower-case name in Latin letters before what people do", () => {
    expect(names("Гр. Рахимов Жасур Бахтиёр угли, 1990 г.р.")).toEqual(["Рахимов Жасур Бахтиёр угли"]);
    expect(names("Гинеколог Ли Мин Хо отказалась принимать")).toEqual(["Ли Мин Хо"]);
    expect(names("The man who brought me here, Jamshid, kept my passport", { lang: "en" })).toEqual(["Jamshid"]);
    expect(names("kto doma? zhanara uzhe zabrali, ona v otdele")).toEqual(["zhanara"]);
    expect(names("Нұр Отан партиясының ғимараты")).toEqual([]);
  });
});

describe("issue #15, nineteenth round: forms' letter fields, roles of the trade, Kazakh Latin birth years, patent series, lower-case chat names", () => {
  it("reads a name after 'Ф.И.О.:' whole, leaves 'Мамка', 'Айыпталушы', 'Тема:' and 'Сумма' out of names, and takes initials a case is known by", () => {
    expect(names("Ф.И.О.: ТАШТАНОВА СУЛТАНА; тел. не указан")).toEqual(["ТАШТАНОВА СУЛТАНА"]);
    expect(names("Мамка Ирина Павловна забирала у нас паспорта")).toEqual(["Ирина Павловна"]);
    expect(names("Айыпталушы Жұмабаев Н. сотқа келмеді")).toEqual(["Жұмабаев Н."]);
    expect(names("Тема: жалоба на участкового")).toEqual([]);
    expect(names("получатель Ержан К. Сумма 15 000.")).toEqual(["Ержан К."]);
    expect(names("по кейсу Д.М. ответа нет")).toEqual(["Д.М."]);
  });

  it("does not take a Kazakh plural greeted, an Uzbek word for spring, a Kyrgyz verb after a full name or a month's case for a name", () => {
    expect(names("Серіктестер, Таразға аударым жасалды")).toEqual([]);
    expect(names("Ertaga bahor keladi, opalar")).toEqual([]);
    expect(names("Сот чечими: Токтосунова Айгерим Маратовна актанды.")).toEqual(["Токтосунова Айгерим Маратовна"]);
    expect(names("Мени 3-мартында кармашты")).toEqual([]);
  });

  it("takes lower-case names greeted, told of or said to speak in chats, and an English name after a verb of contact", () => {
    expect(names("marat, ty gde? tema skazal tebya zabrali")).toEqual(["marat", "tema"]);
    expect(names("salem aisha, jańa nomerim bar: 0700 112 233, Almaty")).toEqual(["aisha"]);
    expect(names("can u text kate before 9, Astana")).toEqual(["kate"]);
    // …but in Kazakh in Latin letters a German name's spelling is a verb: not after "qaida".
    expect(names("Aruka qaida jurgen? Astanada ma")).toEqual(["Aruka"]);
  });

  it("takes names a role and a venue stand before, names 'regarding' whom, and a Turkic surname in -нло", () => {
    expect(names("Hozyain sauny Bahrom-aka zabral pasport")).toEqual(["Bahrom"]);
    expect(names("Нұрланова Лала бойынша шешім")).toEqual(["Нұрланова Лала"]);
    expect(names("Хабарлама. Аганло Мария Петровна, куәлік")).toEqual(["Аганло Мария Петровна"]);
    expect(names("Было Анна Петровна и все")).toEqual(["Анна Петровна"]);
  });

  it("takes birth years in the Kazakh Latin alphabet, not a registration's 'j.'", () => {
    expect(found("Men Arystan, Taraz qalasynda týyldym, 1993 jyly.")).toEqual(["NAME:Arystan", "DOB:1993"]);
    expect(found("azamatsha Aıgerim Serikova, 2001 j.t.")).toEqual(["NAME:Aıgerim Serikova", "DOB:2001"]);
    expect(found("Hattama 02.04.2024 j. tirkeldi")).toEqual([]);
  });

  it("takes a patent's region with its number unless a series word names it, an Uzbek case number, and an account of a country IBAN lacks", () => {
    expect(found("патент 45 № 1187320 изъят")).toEqual(["DOCNUM:45 № 1187320"]);
    expect(found("патент серии 45 № 1187320 изъят")).toEqual(["DOCNUM:1187320"]);
    expect(found("patent raqamim 45 № 1187320 edi")).toEqual(["DOCNUM:45 № 1187320"]);
    expect(found("Sud: ish raqami 2-3310-2025 bo'yicha")).toEqual(["DOCNUM:2-3310-2025"]);
    expect(found("ish joyim 5 yil")).toEqual([]);
    expect(found("Bishkek: KG121180000123456789 (Aibek)")).toContain("IBAN:KG121180000123456789");
    // …not with one character changed: the check fails.
    expect(found("Bishkek: KG121180000123456788 (Aibek)").some((f) => f.startsWith("IBAN:"))).toBe(false);
  });

  it("reads heldout-78's spent lessons: programmes' acronyms and cinemas are no names; nicknames in brackets, name tags and 'eto … s …' are", () => {
    expect(names("Клиент Марат (ЛУИН, ЛЖВ), направлен в АЦ")).toEqual(["Марат"]);
    expect(names("Встреча у кинотеатра Арман, потом патруль")).toEqual([]);
    expect(names("meet me near the Arman cinema at 8", { lang: "en" })).toEqual([]);
    expect(names("Контакт: Ерлан («Ерик», 30 лет), только телеграм")).toEqual(["Ерлан", "Ерик"]);
    expect(names('the officer\'s name tag "Baimukhanov" was visible', { lang: "en" })).toEqual(["Baimukhanov"]);
    expect(names("hi eto zhanna s shymkenta, pishi")).toEqual(["zhanna"]);
    expect(names("perevela 5k, eto dlya Dashi i Sveti na lekarstva", { lang: "ru" })).toEqual(["Dashi", "Sveti"]);
  });

  it("takes a lettered house's flat after a hyphen", () => {
    expect(found("проживает: ул. Жарокова, 12А-40, тел. нет")).toEqual(["ADDRESS:ул. Жарокова, 12А-40"]);
  });

  it("reads heldout-79's spent lessons: a district's police in Kyrgyz, a document's word in capitals, a venue called so, a work name, Tajik and Kyrgyz spellings", () => {
    expect(names("Бишкек, Свердлов РИИБине арыз берилди")).toEqual([]);
    expect(names("АЙГЕРИМ ВЕРНИ ПАСПОРТ ДИНАРЕ СРОЧНО")).toEqual(["АЙГЕРИМ", "ДИНАРЕ"]);
    expect(names('The sauna was called "Madina" and the police came on Fridays.', { lang: "en" })).toEqual([]);
    expect(names('She uses "Candy" at work, her real name is not recorded.', { lang: "en" })).toEqual(["Candy"]);
    expect(names('She uses "Tinder" a lot.', { lang: "en" })).toEqual([]);
    expect(names("hi this is jamshid from the group")).toEqual(["jamshid"]);
    expect(names("ne pishi v chat, tam ih lyudi")).toEqual([]);
  });

  it("takes a Kyrgyz birth year with its hyphened 'ж.т.' and a Kazakh one with 'tuğan'", () => {
    expect(found("Токтогулова Жибек, 1997-ж.т., кармалган.")).toEqual(["NAME:Токтогулова Жибек", "DOB:1997"]);
    expect(found("Men Aruzhan, 1995 jyly tuğanmyn.")).toEqual(["NAME:Aruzhan", "DOB:1995"]);
  });

  it("reads heldout-80's spent lessons: rooms and a year's quarter are no addresses, a house's quoted letter is", () => {
    expect(found("Приём у терапевта. Кабинет 214, 3 этаж.")).toEqual([]);
    expect(found("адрес: мкр. Орбита, д. 7 «Б», кв. 19. Телефон нет")).toEqual(["ADDRESS:мкр. Орбита, д. 7 «Б», кв. 19"]);
    expect(found("Итоги: 3-го квартала 27 кейсов закрыто")).toEqual([]);
  });

  it("takes a name told to do something, a surname after 'фамилию —' and a sole proprietor's, not a place or a residential complex", () => {
    expect(names("Роза, перезвони юристу, он ждёт")).toEqual(["Роза"]);
    expect(names("Узнала его настоящую фамилию — Шаповал. Больше не звонил")).toEqual(["Шаповал"]);
    expect(names("Аударым алушы: ЖК «Сейтов», шот жоқ")).toEqual(["Сейтов"]);
    expect(names("Бұл Шымкентте, базардың жанында болды.")).toEqual([]);
    expect(names("meet me near ZhK Almaly, 5 mins")).toEqual([]);
  });

  it("reads heldout-81's spent lessons: a street in chat's j, a bank before a sum, a venue Kazakh calls so; 'жылғы қызбын' says a birth year", () => {
    expect(found("zaderzhali na Sejfullina u rynka")).toEqual([]);
    expect(found("переведи на Каспи 15 000, срочно")).toEqual([]);
    expect(names("Клуб та «Айгерім» деп аталады, иесі басқа адам.")).toEqual([]);
    expect(found("Мен Таразданмын, 1999 жылғы қызбын.")).toEqual(["DOB:1999"]);
  });

  it("takes a name that is also a word opening a message before its comma, not a list's, a relative clause's or a participle's first word", () => {
    expect(names("Бақыт, ертең сотқа кел, паспортыңды ал")).toEqual(["Бақыт"]);
    expect(names("Hope, the lawyer called back at 5")).toEqual(["Hope"]);
    expect(names("Роза, пион и ромашка — так называют тарифы")).toEqual([]);
    expect(names("Машина, в которую её посадили, серая")).toEqual([]);
    expect(names("Лилия, нарисованная на двери, осталась")).toEqual([]);
    expect(names("Faith, hope and love, that is all")).toEqual([]);
  });

  it("reads heldout-82's spent lessons: numbers past a law's article and their dates, a dispensary register, an IBAN a group too long, two people after a judge's initials", () => {
    expect(found("Справка: составлялись протоколы по ст. 449 КоАП РК: № 0023817 от 11.02.2024, № 0024455 от 05.05.2024.")).toEqual([
      "DOCNUM:0023817",
      "DOCNUM:0024455",
    ]);
    expect(found("Пациентка на Д-учёте № 3318. АРТ.")).toEqual(["DOCNUM:3318"]);
    expect(found("IBAN TR88 0006 2000 9876 0062 1234 5678 на имя сестры")).toEqual(["IBAN:TR88 0006 2000 9876 0062 1234 5678"]);
    expect(found("Учёт выдачи: презервативы 1200 шт.")).toEqual([]);
    expect(names("Судья Сейтқалиев Н.Б. Оразова Айнұр Сапарқызына қатысты")).toEqual(["Сейтқалиев Н.Б.", "Оразова Айнұр Сапарқызына"]);
  });

  it("takes names in capitals after a verb, after 'тёть', in a form's field in quotes, and opening a letter after its label", () => {
    expect(names("ОЛЯ СРОЧНО ТЕБЯ ИЩЕТ ДИНА")).toEqual(["ОЛЯ", "ДИНА"]);
    expect(names("тёть Валь, это я, Аня")).toEqual(["Валь", "Аня"]);
    expect(names("Анкета. Имя (по желанию): «Милана». Возраст: 30.")).toEqual(["Милана"]);
    expect(names("Письмо: Дина, приветствую! Передаю контакты")).toEqual(["Дина"]);
  });

  it("reads heldout-83's spent lessons: initials listed with others', initials after 'подзащитной', a lower-case name asked 'pls'", () => {
    expect(names("Участницы (инициалы): Б.Е., Г.С., Н.Т. — трое")).toEqual(["Б.Е.", "Г.С.", "Н.Т."]);
    expect(names("Свидетели А.Ж. и М.К. не явились.")).toEqual(["А.Ж.", "М.К."]);
    expect(names("в отношении подзащитной Р. составлен протокол")).toEqual(["Р."]);
    expect(names("zarina pls answer, it's urgent")).toEqual(["zarina"]);
    expect(names("т.е., т.к. это важно")).toEqual([]);
  });

  it("reads heldout-85's spent lessons: a street's title in a message in capitals, a noun's genitive plural after a role's", () => {
    expect(names("ОЛЮ ЗАБРАЛИ НА РАЙЫМБЕК БАТЫРА, КТО РЯДОМ")).toEqual(["ОЛЮ"]);
    expect(names("конфиденциальность данных клиентов пунктов доверия")).toEqual([]);
    expect(names("Пациентка Хан Светлана Игоревна, 1986")).toEqual(["Хан Светлана Игоревна"]);
  });

  it("reads heldout-84's spent lessons: a migration card in pairs and seven, a handle's last underscore, lower-case names and streets in chats", () => {
    expect(found("миграционная карта 45 19 0771203, паспорт нет")).toEqual(["DOCNUM:45 19 0771203"]);
    expect(found("insta: lina_krg_ — pishi tuda")).toEqual(["HANDLE:lina_krg_"]);
    expect(names("Lena pomnish tu kvartiru na Abaya?")).toEqual(["Lena"]);
    expect(names("ольга ивановна здравствуйте это я")).toEqual(["ольга ивановна"]);
    expect(names("menya zabrali na abaya, zvoni Kate")).toEqual(["Kate"]);
    expect(names("skin' na dinaru 5000")).toEqual(["dinaru"]);
  });
});

describe("issue #15, twentieth round: a form's surname-comma-name, seals, streets in capitals and after Kyrgyz, Tajik and Moscow types, voice transcripts", () => {
  it("joins a surname, its comma and her first name after a field's colon, in any case, and stops at a form's next label", () => {
    expect(names("Referral — client: Sadykova, Aliya; age 31")).toEqual(["Sadykova, Aliya"]);
    expect(names("CLIENT: ABDRAKHMANOVA, ZHANNA | AGE: 27")).toEqual(["ABDRAKHMANOVA, ZHANNA"]);
    expect(names("Familiya: ORAZBEKOVA Imya: MADINA Data rozhd.: 1991")).toEqual(["ORAZBEKOVA", "MADINA"]);
    // A list of surnames keeps its commas (no first name after them).
    expect(names("Сотрудники: Мусин, Байжанов")).toEqual(["Мусин", "Байжанов"]);
  });

  it("ends a surname's initials at two: the seal's place after them is no one's", () => {
    expect(names("Начальник отдела майор Есенов Б.Т. М.П.")).toEqual(["Есенов Б.Т."]);
    expect(names("Ответ подписал Есенов Б. Т.")).toEqual(["Есенов Б. Т."]);
  });

  it("reads a street in capitals after 'на', and keeps it no one's name without a number", () => {
    expect(found("ЗАБРАЛИ С НА ЖАНДОСОВА 58А, ЖДИТЕ")).toEqual(["ADDRESS:ЖАНДОСОВА 58А"]);
    expect(found("MENYA VEZUT NA TIMIRYAZEVA 42, POZVONI")).toEqual(["ADDRESS:TIMIRYAZEVA 42"]);
    expect(names("МАРИНУ ДЕРЖАТ НА САТПАЕВА, ПОМОГИТЕ")).toEqual(["МАРИНУ"]);
    expect(names("ЕДЕТ ДЖИП БЕЗ НОМЕРОВ")).toEqual([]);
  });

  it("reads Kyrgyz 'көч.', Tajik 'кӯч.' and Moscow's 'шоссе' as street types", () => {
    expect(found("дареги: Токтогул көч., 87, 12-батир")).toEqual(["ADDRESS:Токтогул көч., 87, 12-батир"]);
    expect(found("суроға: кӯч. Рӯдакӣ, 14, хонаи 3")).toEqual(["ADDRESS:кӯч. Рӯдакӣ, 14, хонаи 3"]);
    expect(found("жила на Каширское шоссе, д. 41, кв. 17 с подругой")).toEqual(["ADDRESS:Каширское шоссе, д. 41, кв. 17"]);
  });

  it("takes a birth date with its month in Roman numerals between spaces, and a Tajik birth year before 'с.т.'", () => {
    expect(found("the applicant, born 3 XI 1993, was held overnight")).toEqual(["DOB:3 XI 1993"]);
    expect(found("Шаҳрванд Н., 1999 с.т., боздошт шуд")).toEqual(["DOB:1999"]);
    expect(found("протокол от 3 XI 2023 составлен")).toEqual([]);
  });

  it("leaves roles, compound nouns and ordinary words in Latin letters, and takes names called in a voice transcript", () => {
    expect(names("Сутенерша Лариса Петровна забирала паспорта")).toEqual(["Лариса Петровна"]);
    expect(names("Женщин-секс-работниц полиция не слушает.")).toEqual([]);
    expect(names("Dannye za god v tablitse.")).toEqual([]);
    expect(names("Голосовое: дин короче я в отделе забери меня")).toEqual(["дин"]);
    expect(names("Голосовое: дин короче я в отделе. Забери меня")).toEqual([]);
    expect(names("muhabbat degan narsa bu yerda yo'q")).toEqual([]);
    expect(names("Gulnoza restoraniga borma, u yerda reyd")).toEqual([]);
    expect(names("Gulnoza restoranga bordi")).toEqual(["Gulnoza"]);
  });

  it("reads heldout-87's spent lessons: 'then' in Kyrgyz, Uzbek and Kazakh Latin, participles, plural genitives, two people after initials", () => {
    expect(names("Акча алышты. Кийин Бакыт деген милиционер келди")).toEqual(["Бакыт"]);
    expect(names("Keıin Erlan degen polıseı keldi")).toEqual(["Erlan"]);
    expect(names("Прием в 9 ч. Доставлена из фонда волонтёром.")).toEqual([]);
    expect(names("Помогите найти родственников Жанар С., 1998 г.р.")).toEqual(["Жанар С."]);
    expect(names("Судья А.Б. Сапарова Ибраева Гүлнар Маратқызына қатысты")).toEqual(["А.Б. Сапарова", "Ибраева Гүлнар Маратқызына"]);
    expect(names("встречаемся у ТЦ «Мадина» в 5")).toEqual([]);
  });

  it("reads the 2021 Kazakh Latin letters in birth dates, a Kyrgyz birth year after 'туулгам', and honorifics in the 2018 letters", () => {
    expect(found("Men 1997 jylğy 4 naurysda emes, 1997 jylğy 4 şılde tuğanmyn")).toContain("DOB:1997 jylğy 4 şılde");
    expect(found("Мен Бишкекте туулгам, 1991-жылы.")).toEqual(["DOB:1991"]);
    expect(names("Dına apaı, kómektesińizshi", { lang: "kk" })).toEqual(["Dına"]);
    expect(names("Sálem apaı, men jazyp otyrmyn", { lang: "kk" })).toEqual([]);
  });

  it("reads heldout-88's spent lessons: greeted names in lower case, a name her documents give, English pet names, an IMEI's middle", () => {
    expect(names("privet vera eto liza, perezvoni")).toEqual(["vera", "liza"]);
    expect(names("привет, роза, это алина")).toEqual(["роза", "алина"]);
    expect(names("Пациент Ким Тимур (в паспорте «Дарья»), АРТ")).toEqual(["Ким Тимур", "Дарья"]);
    expect(names("Becky's phone is off, Kat has her charger")).toEqual(["Becky", "Kat"]);
    expect(names("Case 12 closed: complainant withdrew the complaint.")).toEqual([]);
    expect(found("изъят телефон (IMEI 35 900417 430211 4)")).toEqual([]);
    expect(found("ИИН 900417430211 87011234567")).toEqual(["IIN:900417430211", "PHONE:87011234567"]);
  });

  it("reads a Kyrgyz birth year after 'төрөлгөм' or before 'ж. туулган', not a later year of arrival, and no count after a street for a house", () => {
    expect(found("Мен Нарында төрөлгөм, 1996-жылы.")).toEqual(["DOB:1996"]);
    expect(found("Сатыбалдиева Айгерим, 1994-ж. туулган, Бишкек ш.")).toContain("DOB:1994");
    expect(found("Мен Нарында төрөлгөм, 2022-жылы Алматыга келдим.")).toEqual([]);
    expect(found("ona v kpz na zhandosova, 3 dnya uzhe")).toEqual([]);
  });

  it("reads heldout-89's spent lessons: a flat's 'kv.' with its number after a house's, a form's sex, Almaty's neighbourhoods, 'мне 1999 года'", () => {
    expect(found("prozhivayu ul. Abaya d. 15 kv. 7, proshu")).toEqual(["ADDRESS:ul. Abaya d. 15 kv. 7"]);
    expect(found("Жеңіс даңғылы, 12, 5 пәтер. 2024 жылғы 3 мамырда ұстады")).toEqual(["ADDRESS:Жеңіс даңғылы, 12, 5 пәтер"]);
    expect(names("Анкета. Возраст: 31. Пол: М. Группа: ЛУИН.")).toEqual([]);
    expect(names("кто сейчас на Таугуль? там рейд")).toEqual([]);
    expect(found("мне 1999 года, я взрослая")).toEqual(["DOB:1999"]);
  });

  it("reads heldout-90's spent lessons: a surname's letter without its full stop, 'оперативник', Korean 'Чой', distances and months after a number", () => {
    expect(names("skinte na kaspi 4400 4302 1111 2222 Zarina T")).toEqual(["Zarina T"]);
    expect(names("Dana S — perevedi ej")).toEqual(["Dana S"]);
    expect(names("Zarina I think is here")).toEqual(["Zarina"]);
    expect(names("Оперативник Ерлан Болатович звонил")).toEqual(["Ерлан Болатович"]);
    expect(names("Чой Марина, 1990 г.р.")).toEqual(["Чой Марина"]);
    expect(found("шла от Абая до Саина, 6 километров пешком")).toEqual([]);
    expect(found("Келесі жолы 2 айдан кейін келеді.")).toEqual([]);
  });

  it("reads heldout-91's spent lessons: a flat's páter in the 2018 letters, a town opening a note, Kyrgyz district adjectives, 'bárińe'", () => {
    expect(found("mekenjaıy: Abaı dańǵyly 12, páter 5.")).toEqual(["ADDRESS:Abaı dańǵyly 12, páter 5"]);
    expect(names("Naryn, ishenim punktu: Aizat keldi")).toEqual(["Aizat"]);
    expect(names("Бишкек ш., Октябрь райондук ИИБ: Асанова Нургүл")).toEqual(["Асанова Нургүл"]);
    expect(names("Bárińe sálem! Erteń kezdesemiz")).toEqual([]);
  });

  it("takes a child's birth year in the birth word's own clause: it tells of the mother too", () => {
    expect(found("Её сын родился в 2016 году, живёт с бабушкой.")).toEqual(["DOB:2016"]);
    expect(found("Her daughter was born in 2015 and lives in Taraz.")).toEqual(["DOB:2015"]);
    expect(found("Родилась в Таразе, в 2019 году переехала в Алматы.")).toEqual([]);
  });
});

describe("issue #15, twenty-first round: what heldout-93 taught", () => {
  it("leaves a place's ending glued onto a Kazakh or Uzbek month after the date, as the guidelines say", () => {
    expect(found("Мен 1991 жылғы 7 маусымда туғанмын.")).toEqual(["DOB:1991 жылғы 7 маусым"]);
    expect(found("Men 1993 jylǵy 2 naýryzda týǵanmyn.")).toEqual(["DOB:1993 jylǵy 2 naýryz"]);
    expect(found("1996-yil 14-avgustda tug'ilganman")).toEqual(["DOB:1996-yil 14-avgust"]);
    // Russian's genitive is the month's own form, not an ending.
    expect(found("родилась 9 марта 1992 года")).toEqual(["DOB:9 марта 1992"]);
    expect(found("rodilas 9 marta 1992")).toEqual(["DOB:9 marta 1992"]);
  });

  it("reads a flat's bare number after the house's, as Kazakh records write them, but no count, date or decimal", () => {
    expect(found("мекенжайы: Абай даңғылы, 44, 17. Жұмыссыз.")).toEqual(["ADDRESS:Абай даңғылы, 44, 17"]);
    expect(found("Төле би көшесі, 203, 58-де тұрамын")).toEqual(["ADDRESS:Төле би көшесі, 203, 58"]);
    expect(found("Almaty, Orbita shaǵyn aýdany, 12-úı, 40-ta turamyn")).toEqual(["ADDRESS:Orbita shaǵyn aýdany, 12-úı, 40"]);
    expect(found("живёт на ул. Абая 44, 12 человек видели")).toEqual(["ADDRESS:ул. Абая 44"]);
    expect(found("задержали на ул. Абая 44, 12 марта")).toEqual(["ADDRESS:ул. Абая 44"]);
    expect(found("Вызов: ул. Абая 44, кв. 5. Давление 120,80.")).toEqual(["ADDRESS:ул. Абая 44, кв. 5"]);
  });

  it("takes the NGO's case and log numbers, letters' numbers after a police body, and leaves a lab's journal", () => {
    expect(found("Кейс 2025-ТРЗ-0031 передан юристу.")).toEqual(["DOCNUM:2025-ТРЗ-0031"]);
    expect(found("keis AST-25-014: zaderzhana u TSUMa")).toEqual(["DOCNUM:AST-25-014"]);
    expect(found("Outreach log #5531: two women detained")).toEqual(["DOCNUM:5531"]);
    expect(found("Запись в журнале № 2207 от 03.02.2025.")).toEqual(["DOCNUM:2207"]);
    expect(found("Медицинская книжка № МК 448120 у неё отобрана")).toEqual(["DOCNUM:МК 448120"]);
    expect(found("Ответ получен, входящий УП № 7-2/1190.")).toEqual(["DOCNUM:7-2/1190"]);
    expect(found("Лабораторный журнал: партия тест-систем № 7781-C, годна до 2026")).toEqual([]);
    expect(found("Журнал экспресс-тестов: № 31 — отр.; № 32 — отр.")).toEqual([]);
    expect(found("в журнале 14 записей за неделю")).toEqual([]);
  });

  it("ends a name before a record's participle, leaves laughter and a client's code glued to digits", () => {
    expect(names("Понятые: Сеитова Д., Ермекова А. Выдано: 2 телефона.")).toEqual(["Сеитова Д.", "Ермекова А."]);
    expect(names("Хахаха Жанна Сергеевна опять пишет капсом")).toEqual(["Жанна Сергеевна"]);
    expect(names("Patient code AIDA0417, result negative")).toEqual([]);
  });
});

describe("issue #15, twenty-second round: what heldout-94 taught", () => {
  it("takes Kazakh outgoing letters', a lawyer's requests', dossiers' and Uzbek appeals' numbers", () => {
    expect(found("Прокуратураға хат, шығ. № ЖҚ-25/031, жауап күтілуде.")).toEqual(["DOCNUM:ЖҚ-25/031"]);
    expect(found("Ответ на адвокатский запрос № 318/АЗ пришёл.")).toEqual(["DOCNUM:318/АЗ"]);
    expect(found("Данные в досье № SW-ALA-25/014, доступ у юриста.")).toEqual(["DOCNUM:SW-ALA-25/014"]);
    expect(found("Murojaat UZ-25/118: militsiya pasportni oldi")).toEqual(["DOCNUM:UZ-25/118"]);
  });

  it("reads a form's birth date with spaces, and leaves a defendant's role and 'Прошу' out of the name", () => {
    expect(found("ФИО: Исаева Марьям, дата рождения 07 11 1990")).toEqual(["NAME:Исаева Марьям", "DOB:07 11 1990"]);
    expect(found("позвонила 22 04 в 10:00")).toEqual([]);
    expect(names("Жауапкер Сәрсенова Әйгерім сотқа келмеді.")).toEqual(["Сәрсенова Әйгерім"]);
    expect(names("Прошу Динару перезвонить юристу.")).toEqual(["Динару"]);
  });
});

describe("issue #15, twenty-third round: what heldout-95 taught", () => {
  it("ends an address before an office's room, begins it with the hero before 'батыра', reads a chat's 'д' before the house", () => {
    expect(found("Явиться в УП по пр. Достык, 45, каб. 12, к дознавателю.")).toEqual(["ADDRESS:пр. Достык, 45"]);
    expect(found("She lived at Abay Ave 10, room 12 of the hostel.")).toEqual(["ADDRESS:Abay Ave 10, room 12"]);
    expect(found("адрес: Райымбек батыра, 210, кв. 4.")).toEqual(["ADDRESS:Райымбек батыра, 210, кв. 4"]);
    expect(found("мы в мкр Аксай-3 д 17 ждём, менты уехали")).toEqual(["ADDRESS:мкр Аксай-3 д 17"]);
  });

  it("takes e-Otinish numbers typed with a 3 or four digits, incidents' numbers, dispensary cards and birth certificates", () => {
    expect(found("шағым № 3Т-2025-00412 бойынша жауап жоқ")).toEqual(["DOCNUM:3Т-2025-00412"]);
    expect(found("Shaǵym № ZhT-2025-0412 tirkeldi")).toEqual(["DOCNUM:ZhT-2025-0412"]);
    expect(found("Incident #ALM-25-007: two officers, no protocol.")).toEqual(["DOCNUM:ALM-25-007"]);
    expect(found("Dispensary card KZ-ALM-00912 was shown to the officer.")).toEqual(["DOCNUM:KZ-ALM-00912"]);
    expect(found("They kept her son's birth certificate 0781123.")).toEqual(["DOCNUM:0781123"]);
  });

  it("leaves a head of department's title out of her name", () => {
    expect(names("Заведующая Р.К. Ахметова подписала направление.")).toEqual(["Р.К. Ахметова"]);
  });
});

describe("issue #15, twenty-fourth round: what heldout-96 taught", () => {
  it("takes a case in Kazakh Latin letters, a chat's 'keys', a log's entry and a Kyrgyz letter out", () => {
    expect(found("Jeke ıs ALM-25/014 jabyldy")).toEqual(["DOCNUM:ALM-25/014"]);
    expect(found("Keys AST-25-0071: izyali pasport")).toEqual(["DOCNUM:AST-25-0071"]);
    expect(found("Запись № 2291 в книге учёта доставленных")).toEqual(["DOCNUM:2291"]);
    expect(found("ИИББ жообу, чыг. № 4/1-2207 боюнча")).toEqual(["DOCNUM:4/1-2207"]);
    expect(found("lost my keys 2 times this week")).toEqual([]);
  });
});

describe("issue #15, twenty-fifth round: what heldout-97 taught", () => {
  it("takes the case code opening a row of the NGO's table, not a row's count, a year or a date", () => {
    expect(found("0208 | 03.03 | Алматы | рейд | без протокола")).toEqual(["DOCNUM:0208"]);
    expect(found("АЛМ-2025-014 | Тараз | изъятие паспорта | обжаловано")).toEqual(["DOCNUM:АЛМ-2025-014"]);
    expect(found("14 | 120 | 340 | 560")).toEqual([]);
    expect(found("2024 | Алматы | 12 | 5")).toEqual([]);
    expect(found("12.03 | Алматы | рейд | 4 девушки")).toEqual([]);
    expect(found("tablitsa: 12.03 | Almaty | reid | KRG-SW-25/014")).toEqual(["DOCNUM:KRG-SW-25/014"]);
    expect(found("Spreadsheet row: ALA-2025-031 | Almaty | detention | open")).toEqual(["DOCNUM:ALA-2025-031"]);
  });

  it("takes letters in and a lawyer's requests in Latin chat spelling, and leaves a count of women after a flat", () => {
    expect(found("zhaloba vh. № 3310 ot 02.05")).toEqual(["DOCNUM:3310"]);
    expect(found("advokatskii zapros № 7714 otpravlen")).toEqual(["DOCNUM:7714"]);
    expect(found("Абай даңғылы, 12-дегі пәтерде 3 әйел тұрады")).toEqual(["ADDRESS:Абай даңғылы, 12"]);
  });
});

describe("issue #15, twenty-sixth round: what heldout-98 taught", () => {
  it("takes a Kazakh letter out's, an answer's, a register's and Kyrgyz ЕРПП numbers, not a clinic's registry phone", () => {
    expect(found("Хат: шығыс № ЖҚ-25/014 жіберілді")).toEqual(["DOCNUM:ЖҚ-25/014"]);
    expect(found("Ответ № 7-3/2209 получен вчера")).toEqual(["DOCNUM:7-3/2209"]);
    expect(found("номер по регистру КР-07713, на АРВТ")).toEqual(["DOCNUM:КР-07713"]);
    expect(found("номер по ЕРПП — 02-114-2025-000318.")).toEqual(["DOCNUM:02-114-2025-000318"]);
    expect(found("Ответ ДП № ЗТ-А-2025/0412 пришёл")).toEqual(["DOCNUM:ЗТ-А-2025/0412"]);
    expect(found("Тел. регистратуры 3131, приём с 9:00.")).toEqual([]);
    expect(found("Шығыс Қазақстан облысы, 2024 жыл")).toEqual([]);
  });
});

describe("issue #15, twenty-seventh round: what heldout-99 taught", () => {
  it("takes Uzbek notes' and cases' codes, English letters in and out, a complaint's cell; leaves a client's code", () => {
    expect(found("Holat NMG-25-004: pasport politsiyada")).toEqual(["DOCNUM:NMG-25-004"]);
    expect(found("Outgoing letter no. 31/25 was sent to the Ombudsman.")).toEqual(["DOCNUM:31/25"]);
    expect(found("Astana | otobrali pasport | zhaloba AST-25-019 | v rabote")).toEqual(["DOCNUM:AST-25-019"]);
    expect(found("Qayd: mijoz anonim, kod SMQ-2025-114, telefon yo'q.")).toEqual([]);
  });

  it("reads an Uzbek flat after the house, and leaves a chat's 'Ребят' out of names", () => {
    expect(found("Toshkent, Yunusobod 4-mavze, uy 21, xonadon 9 da yashayman")).toEqual(["ADDRESS:Yunusobod 4-mavze, uy 21, xonadon 9"]);
    expect(names("Ребят, кто знает нового участкового?")).toEqual([]);
  });

  it("ends a name after a first name and a Kazakh patronymic, before another's name in the genitive", () => {
    expect(names("Дәрігер Сәуле Маратқызы Айнұрдың анасына айтып қойған")).toEqual(["Сәуле Маратқызы", "Айнұрдың"]);
    expect(names("Қорытындыда Серікқызы Динараның аты жазылған")).toEqual(["Серікқызы Динараның"]);
  });
});
