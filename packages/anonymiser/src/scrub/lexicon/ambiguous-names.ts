// First names that are also ordinary words (or months, places, brands) of a language: at the start
// of a sentence, or anywhere for English, they are names only with more evidence (another name
// beside them, a role before them, an honorific after them).
import type { Locale } from "@redumbrella/questionnaire";
import { words } from "./words.js";

/** First names that are ordinary words, by the language in which they are: a new locale needs its list here. */
export const AMBIGUOUS_FIRST_NAMES: { readonly [L in Locale]: readonly string[] } = {
  ru: words(`
    Вера Надежда Любовь Люба Роза Лилия Слава Лев Роман Марк Майя Мая Марта Августа Мира Мила Рада
    Лада Ада Алла Зоя Тома Нара Дина Ника Алма Алмаз Лора Крис Ден Ната Талант Султан Улан
    Лола Виктория Жасмин Эльза Ислам Бек Нурик Тема Света Поля Соня Мишка Галка
  `),
  kk: words(`
    Алма Айна Арман Бақыт Бакыт Бахыт Нұр Гүл Жұлдыз Жулдыз Азамат Әділ Адиль Қанат Канат Болат Сапар
    Талант Думан Дастан Мирас Мақсат Максат Рахат Мейрам Жомарт Еркін Еркин Бейбіт Бейбит Берік Берик
    Қуаныш Куаныш Үміт Умит Сезим Самал Ерке Мерей Қымбат Кымбат Толқын Маржан Шолпан Сәуле
    Сұлтан Султан Талғат Талгар Нұрсұлтан Нурсултан Абай Бек Дана Әсем Асем Еділ Ғалым Галым
    Шара Анар Айым Гүлім Аяулым Бота Әділет Адилет Ерік Мейірім Мейирим Тілек Тилек Ақбота Акбота
    Темір Темир Қарлығаш Карлыгаш Айжарқын Айжаркын
  `),
  en: words(`
    May June April August Grace Hope Faith Joy Mark Will Bill Rose Amber Summer Dawn Eve Frank Guy
    Pat Art Jack Major Victoria Virginia Christian Georgia Jordan Ken Dan Rob Tom Sam Ted Nick
    Holly Carol Kelly Martin German Roman Bob
    Lily Daisy Ruby Crystal Candy Cherry Angel Destiny Jade Violet Hazel Blessing Precious Mercy Favour
    Honey Taylor Madison Paige Harper
  `),
};
