// Vocabulary for realistic generated records: invented people, real places of Kazakhstan, and the
// kind of free text documentators write. No entry describes a real person.

export const FEMALE_FIRST_NAMES = [
  "Айгерим",
  "Алия",
  "Асель",
  "Айжан",
  "Гульнара",
  "Динара",
  "Жанар",
  "Жибек",
  "Камила",
  "Лаура",
  "Мадина",
  "Назира",
  "Сауле",
  "Томирис",
  "Улжан",
  "Ботагоз",
  "Акмарал",
  "Ирина",
  "Марина",
  "Лариса",
  "Маргарита",
  "Наталья",
  "Светлана",
  "Ольга",
  "Татьяна",
  "Елена",
  "Юлия",
  "Оксана",
  "Кристина",
  "Анастасия",
  "Lajla",
  "Aigerim",
  "Dana",
  "Zarina",
  "Nilufar",
  "Gulnora",
  "Aizada",
] as const;

export const MALE_FIRST_NAMES = [
  "Ерлан",
  "Нурлан",
  "Асхат",
  "Бауыржан",
  "Даурен",
  "Ержан",
  "Максат",
  "Серик",
  "Тимур",
  "Алексей",
  "Сергей",
  "Дмитрий",
  "Андрей",
  "Игорь",
  "Руслан",
] as const;

/** Surnames as [male form, female form]. */
export const SURNAMES = [
  ["Ахметов", "Ахметова"],
  ["Байжанов", "Байжанова"],
  ["Жумабаев", "Жумабаева"],
  ["Искаков", "Искакова"],
  ["Кенжебеков", "Кенжебекова"],
  ["Мусин", "Мусина"],
  ["Нурпеисов", "Нурпеисова"],
  ["Омаров", "Омарова"],
  ["Сейтказиев", "Сейтказиева"],
  ["Тулегенов", "Тулегенова"],
  ["Есенов", "Есенова"],
  ["Садыков", "Садыкова"],
  ["Иванов", "Иванова"],
  ["Петров", "Петрова"],
  ["Смирнов", "Смирнова"],
  ["Ким", "Ким"],
  ["Цой", "Цой"],
  ["Ли", "Ли"],
  ["Шевченко", "Шевченко"],
  ["Волков", "Волкова"],
] as const;

export const ETHNICITIES = [
  "Kazakh",
  "Kazakh",
  "Kazakh",
  "Russian",
  "Russian",
  "Uzbek",
  "Uyghur",
  "Korean",
  "Tatar",
  "Ukrainian",
  "Kyrgyz",
  "German",
  "Dungan",
  "Казашка",
  "Русская",
  "Уйгурка",
] as const;

/** Citizenships, weighted towards Kazakhstan, then the migrants' countries the report names. */
export const CITIZENSHIPS = ["KZ", "KZ", "KZ", "KZ", "KZ", "KZ", "UZ", "KG", "TJ", "RU", "stateless"] as const;

/** [settlement, settlementType, region]. */
export const PLACES = [
  ["Taldykorgan", "city", "Almaty Region"],
  ["Tekeli", "city", "Almaty Region"],
  ["Kapshagay", "city", "Almaty Region"],
  ["Ushtobe", "city", "Almaty Region"],
  ["Zharkent", "city", "Almaty Region"],
  ["Sarkand", "city", "Almaty Region"],
  ["Esik", "city", "Almaty Region"],
  ["Talgar", "city", "Almaty Region"],
  ["Kaskelen", "city", "Almaty Region"],
  ["Uzynagash", "village", "Almaty Region"],
  ["Shelek", "village", "Almaty Region"],
  ["Balpyk Bi", "village", "Almaty Region"],
  ["Karabulak", "village", "Almaty Region"],
  ["Almaty", "city", "Almaty"],
  ["Astana", "city", "Astana"],
  ["Shymkent", "city", "Shymkent"],
  ["Karaganda", "city", "Karaganda Region"],
  ["Талдыкорган", "city", "Алматинская область"],
  ["Текели", "city", "Алматинская область"],
] as const;

export const NO_ID_REASONS = [
  "Паспорт забрал администратор сауны",
  "Документы остались у сутенёра",
  "Потеряла удостоверение, восстановить не на что",
  "Я мигрантка, паспорт забрали при въезде на работу",
  "Полиция изъяла при облаве и не вернула",
  "Куәлігімді жоғалттым",
] as const;

export const EXPECTED_PENALTIES = ["штраф", "штраф или арест", "административный арест до 10 суток", "тюрьма", "айыппұл"] as const;

export const OTHER_VIOLATIONS = [
  "забрали телефон и не вернули",
  "заставили ехать на «субботник»",
  "угрожали сообщить в органы опеки",
  "фотографировали без согласия",
  "требовали назвать других девушек",
] as const;

export const WHERE_TO_COMPLAIN = [
  "прокуратура",
  "прокуратура области",
  "в НПО «Амелия»",
  "в департамент внутренних дел",
  "к юристу",
  "облыстық прокуратура",
] as const;

export const WHY_NOT_COMPLAINED = [
  "не верю, что помогут",
  "боюсь, что подбросят наркотики",
  "боюсь, что узнают дети",
  "они посмеются надо мной",
  "боюсь депортации",
  "сказали, что всё равно ничего не докажу",
] as const;

export const WHY_NOT_ACCEPTED = [
  "сказали, что доказательств нет",
  "сказали, что проститутку нельзя изнасиловать",
  "заставили забрать заявление",
  "не приняли без документов",
] as const;

export const OTHER_OUTCOMES = [
  "заставили сдать анализ на ВИЧ",
  "отвезли на «субботник»",
  "составили протокол за «хулиганство»",
  "продержали до утра без объяснений",
] as const;

export const HELD_IN_OTHER = ["в машине патрульной службы", "в кабинете участкового", "в сауне, в подсобке"] as const;

export const OFFENCE_TEXTS = [
  "приставание в общественных местах",
  "занятие проституцией",
  "мелкое хулиганство",
  "предоставление помещения для занятия проституцией",
  "сводничество",
  "хранение наркотических средств",
] as const;

/** Agencies as respondents name them. */
export const AGENCIES = ["городское УВД", "РОВД", "патрульная полиция", "қалалық ПБ", "миграционная полиция", "ДВД области"] as const;
/** Units as respondents name them. */
export const UNITS = ["участковые", "отдел по борьбе с наркотиками", "патрульно-постовая служба", "жергілікті полиция қызметі"] as const;
/** Ranks as respondents name them. */
export const RANKS = ["сержант", "старший лейтенант", "капитан", "майор", "прапорщик", "лейтенант"] as const;
/** Short narratives of incidents, invented. */
export const NARRATIVES = [
  "Забрали из сауны вдвоём, продержали ночь в отделе, штраф взяли наличными без квитанции.",
  "Клиент отказался платить и ударил, в полицию не пошла.",
  "Врач при всех сказала про мой статус.",
  "Түнде көлікке отырғызып, бөлімге апарды, ақша сұрады.",
  "Officers took my phone during the raid and never gave it back.",
] as const;
