// What tells that a lower-case word is a person's name (chat text, `марат опять звонил`): the
// words around it. And the ordinary words that are also names in lower case, which never are.
import { words } from "./words.js";

/** Prepositions of contact right before a name (`с маратом`, `у динары`, `s maratom`), and English verbs of contact (`call jenny`). */
export const CONTACT_PREPOSITIONS: readonly string[] = words(`
  с со у к ко от для про при без вместе s u k ot dlya pro with to from
  call text tell ask ring message
`);

/** Kazakh postpositions right after a name (`марат туралы`, `айгүл үшін`). */
export const CONTACT_POSTPOSITIONS: readonly string[] = words(`туралы үшін арқылы сияқты секілді`);

/** Stems of verbs of speech and contact near a name (`сказал`, `звонила`, `айтты`, `хабарласты`, `texted`). */
export const SPEECH_VERB_STEMS: readonly string[] = words(`
  сказал говор звон позвон перезвон написал пиш писал ответил спросил просил попросил обещал угрожал
  орал кричал приходил пришл пришёл пришел приехал забрал забрала ушл ушёл ушла
  айтт айтып айтад айтуынша деді дейді хабарлас жазд жазып жазад жазың жазш қоңырау келді кетті сұрад
  спрашива спросил спросила позвал позвала знает знал знала скажи скажите передай передайте напиши
  напишите набери помогла помог көмектес ищет ищут искала искал ishet ishut
  skazal skazala govor zvoni zvonil napisal pishet pisal aitty aityp dedi habarlas khabarlas
  айтди aytdi aytgan aytyapti
  said says told called calls texted wrote writes ask asked asks knows helped skazhi skazhite peredai
  napishi pozvoni prishel prishla priehal priehala ushla ushel
  рассказал сообщил объяснил пожаловал заявил подтвердил rasskazal soobshil obyasnil reported explained complained
`);

/** Ordinary words that are also unambiguous name forms: never a name in lower case. */
export const LOWER_CASE_WORDS: readonly string[] = words(`
  света свету светом тема темы теме тему темой поля полю поле соня тома томе миру мире милой
  марка марки марке мишка мишку мишке мишки ромашка ромашки ромашку ромашке ромашкой ромашек галка галку галке шара анар айым аяулым гүлім гулим
  жаным ботам еркем серік серик адам мурат мұрат рада ника ларёк ларька ларьку ларьком ларьке ларьки
  алмады алмадым алмайды алмаймын алмадық алмаған дәрі дәріге дәріні дәрінің дәрімен дәріден дәріде
  болатын болатыны болатынын болатынды болатынға шараға шараны шарада шарасы жене болот bolot
  рано rano кіре кире kire қасымда қасыма қасымнан кіру мақсатында мақсатымен төлегенде төлегенін
  төлегенмін төлегенбіз төлегенсің төле tole аял тахминан мөлдір
  сережки сережек сережку сережками валентинку валентинки валентинка лол май кости
  витамин витамины витамина витаминов витаминами витаминды витамині
`);

/**
 * Kazakh, Kyrgyz and Uzbek words whose letters fold to a Russian name's form (қате, "wrong", is no
 * Кате; Uzbek yana, "again", no Яна, and the counters tasi and marta; Kyrgyz tursun, "let her wait",
 * no Турсун): matched as written,
 * so the names in Cyrillic lower case stay names.
 */
export const KAZAKH_LOWER_CASE_WORDS: readonly string[] = words(`қате қатесі қатені қатемен qate qatesi yana tursun tasi marta`);

/**
 * Diminutive suffixes of Russian first names and what the full name has instead (`Жанночка` →
 * `Жанна`, `Маратик` → `Марат`, `Наташенька` → `Наташа`), Kazakh `-ша` (`Боташа`) and Uzbek `-хон`
 * (`Наргизахон`), on folded nominatives.
 */
export const DIMINUTIVE_SUFFIXES: readonly (readonly [string, string])[] = [
  ["уленька", "а"],
  ["енька", "а"],
  ["енька", "я"],
  ["онька", "а"],
  ["очка", "а"],
  ["ечка", "а"],
  ["ечка", "я"],
  ["ечка", ""],
  ["очка", ""],
  ["ушка", "а"],
  ["юшка", "я"],
  ["улька", "а"],
  ["уля", "а"],
  ["уля", ""],
  ["уся", "а"],
  ["юша", "я"],
  ["уша", "а"],
  ["уха", "а"],
  ["юха", "я"],
  ["ка", "а"],
  ["ка", "я"],
  ["ка", ""],
  ["ик", ""],
  ["чик", ""],
  ["ок", ""],
  ["ек", ""],
  // Танёк, Юлёк, Юльчик, Викусик (ё and ь fold away).
  ["ек", "я"],
  ["чик", "я"],
  ["усик", "а"],
  // Инуся (Инна), Айгуша (Айгуль), Людок (Люда).
  ["уся", "на"],
  ["уша", "ул"],
  ["ок", "а"],
  // Маринусь, Танюсь, Маринуська (ь folds away), Валерчик (Валера).
  ["уска", "а"],
  ["юска", "я"],
  ["ус", "а"],
  ["юс", "я"],
  ["чик", "а"],
  // Галюня, Катюня, Верунчик.
  ["юня", "я"],
  ["уня", "а"],
  ["унчик", "а"],
  // Светулик (Света), Маратулик.
  ["улик", "а"],
  ["улик", ""],
  // Kazakh pet forms of a name ending in a vowel: Боташа, Динаша, Саулешка.
  ["ша", ""],
  ["шка", ""],
  // Uzbek and Tajik affection after a name: Наргизахон, Азизжон.
  ["хон", ""],
  ["жон", ""],
];

/** Russian case endings of a first name and the nominative endings they may stand for. */
export const RUSSIAN_CASE_TO_NOMINATIVE: readonly (readonly [string, readonly string[]])[] = [
  ["ой", ["а"]],
  ["ою", ["а"]],
  ["ей", ["я", "а"]],
  ["ом", [""]],
  ["ем", [""]],
  ["у", ["а", ""]],
  ["ы", ["а"]],
  ["и", ["а", "я"]],
  ["е", ["а", "я", ""]],
  ["ю", ["я"]],
  ["а", [""]],
];

/**
 * Stems of nouns that make the capitalised word beside them a place's or a venue's name: regions,
 * districts, towns and villages (`Жамбыл облысы`, `Абай ауданы`, `город Текели`), and saunas, hotels,
 * cafés and shops (`сауна Жасмин`, `Алия қонақүйі`), in Russian, Kazakh and English.
 */
export const PLACE_AND_VENUE_STEMS: readonly string[] = words(`
  облыс аудан қаласы ауыл кент облас район город посел деревн станиц region district city town village oblast
  саун гостиниц отел кафе салон клуб магазин қонақүй sauna hotel motel cafe club salon shop kafe saun gostinic magazin
  нпо нко үеұ ngo café кпп checkpoint ресторан restaurant qonaqúı кинотеатр kinoteatr cinema ноҳия nohiya zhk
  restoran тц трц бц мечет
`);

/**
 * The Kazakh forms of those nouns that follow a place's or venue's name (`Жамбыл облысы`, `Алия
 * қонақүйі`, `Arman kafesinde`) or a holiday's (`Наурыз мерекесі`), and English ones.
 */
export const PLACE_AND_VENUE_AFTER_STEMS: readonly string[] = words(`
  облыс аудан қаласы ауылы ауылын кент саунасы қонақүйі кафесі дүкені мейманхана бойын бойы алаң саябақ boiy boiyn boyi
  alañy alany square автовокзалы вокзалы базары avtovokzaly vokzaly bazary
  region district oblast city village sauna hotel motel guesthouse hostel cafe clinic hospital centre center street avenue ward
  foundation fund garden gardens club restaurant cinema кинотеатр kinoteatr bus үеұ нпо нко ngo monument palace plaza палас
  market bazaar bazar базар рынок рынк orda ordy орда орды mall молл
  kafes saunas saýnas ларёк ларьк киоск qonaqúı qonaquı dúken duken мереке merekes району районун raionu rayonu area райондук
  raionduk
  жолы жолын жолынд zholy zholyn zholynd күні kuni küni жұлдызы zhuldyzy
  restorani aeroporti airport мешіт мешит meshit mosque
`);

/** Stems of venues' nouns after "X деген", "X атты" (`Арман деген кафе`, `Айгүл деген дүкен`): a venue called so. */
export const NAMED_VENUE_STEMS: readonly string[] = words(`
  кафе дүкен сауна монша қонақ мейрамхана асхана клуб магазин салон гостиниц
  kafe duken dүken sauna monsha qonaq konak
`);

/** "You" after a name and its comma: she is addressed by it (`Дина, ты как?`, `Дана, сен қайдасың?`). */
export const SECOND_PERSON_WORDS: readonly string[] = words(
  `ты вы тебя тебе вас вам сен сенің сені сенде сіз сендер саған сізге you ty vy tebya tebe vas vam sen senin siz
  seni sizdi sizni сізді sagan saǵan sizge`,
);

/** "Your", after a name and a comma: she is told about what is hers (`Света, твой паспорт у меня`). */
/**
 * "My" and "to me" after a name and its comma at a message's start: she is told of what is the
 * writer's or asked for it (`Айым, менің жаңа нөмірім`, `Ақбота, маған нөмірін жібер`).
 */
export const FIRST_PERSON_POSSESSIVES: readonly string[] = words(
  `мой моя моё мое мои мою менің meniń meniñ menin менин moi moya маған maǵan magan мне mne manin maning mening менинг`,
);

export const SECOND_PERSON_POSSESSIVES: readonly string[] = words(
  `твой твоя твоё твое твои твою твоего твоей ваш ваша ваши вашу вашего сенің сіздің your tvoi tvoy tvoya tvoyu tvoe senin sizdin
  sening sizning seniń seniñ сенинг сизнинг`,
);

/** Words of age after a name, a comma and a number (`Виктория, 29 лет`, `Aruzhan, 24 years old`). */
export const AGE_WORDS: readonly string[] = words(`лет года год жас жаста years yrs y let goda jas zhas`);

/** Words that say an age roughly, between a name's comma and the age (`«Нурик», около 30 лет`). */
export const ROUGHLY_WORDS: readonly string[] = words(`около примерно где-то шамамен about around approx ~ okolo primerno`);

/** Words a letter follows that is no initial: a virus's, a vitamin's, a blood group's, a form's sex (`гепатит С.`, `витамин D.`, `Пол: Ж.`). */
export const LETTERED_WORDS: readonly string[] = words(`
  гепатит гепатита гепатиту гепатитом гепатите гепатиты гепатитов гепатиті hepatitis
  витамин витамина витамины витаминов vitamin группы группа тобы
  пол жынысы sex gender jynysy
`);

/** What one calls her sweetly right after her name (`Жасмин зая, ты где?`). */
export const SWEET_WORDS: readonly string[] = words(`зая зайка солнце солнышко дорогая родная жаным малыш babe hun dear`);

/** Greetings before a name's vocative (`алё наташ`). */
export const GREETING_WORDS: readonly string[] = words(
  `алё алло ало привет эй сәлем салем салам salam hey hi hello privet salem alo allo спасибо spasibo здравствуйте здрасте
  zdravstvuite zdravstvuyte zdraste слушай слушайте slushai slushaite salom салом assalomu ассалому sálem sälem sálemetsiz`,
);

/**
 * Words a speaker says right after calling someone, in speech written without commas (`зарин короче
 * встречаемся …`, `мариш это тоня`): the word before them is whom she calls.
 */
export const AFTER_CALLING_WORDS: readonly string[] = words(`короче это слушай привет алло ну давай koroche eto slushai privet`);

/** Nouns after "X деген": a word called so, not a person (`Ерік деген нәрсе`). */
export const WORD_NOUNS: readonly string[] = words(`нәрсе сөз сөзді сөзі сөзін зат ұғым ne narse soz sozi`);

/**
 * Stems of what a person has, after her name in the genitive (`Маржанның күйеуі`, `Самалдың жаңа
 * нөмірі`, `Нұрсұлтанның айтуынша`) or her name's possessive adjective (`Дашин телефон`, `Светина
 * мама`): kin, friends, phones, papers, home, car — no star, ray or coral has these.
 */
export const POSSESSED_STEMS: readonly string[] = words(`
  күйеу әйел әке ана бала ұл іні апа аға сіңлі қарындас құрбы дос жігіт туыс көрші нөмір телефон
  төлқұжат паспорт куәлік туған айтуынша адвокат мекенжай үй пәтер көлік көліг құжат сутенер клиент
  муж жена мама мать папа отец сестр брат сын дочь дочк ребён ребен парен подруг друг телефон
  номер айфон iphone симк машин квартир адрес паспорт сутенёр сутенер клиент бабушк свекров карта картасы
  muzh mama papa sestr brat syn doch paren podrug drug telefon nomer mashin kvartir adres pasport
  nömır nomır nomir kuieu küieu äke ana bala qujat kujat
  ісі терапия диагноз
  number phone lawyer mother mum sister brother husband boyfriend daughter son kid kids rent bail account
  landlady flatmate aunt friend passport
`);

/** Words that may stand between an owner's name and what she has (`Самалдың жаңа нөмірі`, `Назкенің екінші нөмірі`). */
export const OWNED_QUALIFIERS: readonly string[] = words(
  `жаңа екінші бұрынғы ескі басқа медициналық сот новый новая новое старый старая второй вторая бывший бывшая novyi novaya jaña zhaña`,
);

/** Kazakh "the two, three of us" after a name: she and the speaker (`Ақбота екеуміз`). */
export const WITH_ME_WORDS: readonly string[] = words(`екеуміз үшеуміз екеуіміз үшеуіміз ekeumiz usheumiz`);

/** "And I" after a name, then a verb or the clause's end (`Mercy and I are ok`, `Вера и я`): she and the speaker. */
export const AND_ME_PHRASES: readonly string[] = [
  "and i",
  "and me",
  "и я",
  "мен мен",
  "and i are",
  "and i were",
  "and i went",
  "and i have",
];

/** Stems of "together" and of verbs done with someone, after a name in the instrumental (`Жұлдызбен бірге`, `Қуанышпен сөйлестім`). */
export const TOGETHER_STEMS: readonly string[] = words(`
  бірге сөйлес кездес хабарлас таныс ұрыс келіс birge soiles sóiles kezdes habarlas khabarlas tanys
`);

/** Adverbs between a name and its verb of speech (`Тёма опять звонил`, `Бек тағы айтты`). */
export const NAME_VERB_ADVERBS: readonly string[] = words(`
  опять снова тоже уже ещё еще сегодня вчера потом тогда сам сама сразу тағы да бүгін кеше кейін жаңа ғана
  again also just today yesterday then opyat snova tozhe uzhe не ne завтра ертең tomorrow zavtra erten
`);

/** What introduces oneself in a message, before one's name (`это Диля,`, `it's lina,`). */
export const SELF_INTRODUCTIONS: readonly string[] = words(`это it's its бұл eto`);

/**
 * Two words a person's name follows: a forwarded message's header (`Forwarded from Jessie:`), and
 * whose statement a document is (`Witness statement of Hans Krüger`, `on behalf of`).
 */
export const PERSON_OF_PHRASES: readonly string[] = [
  "forwarded from",
  "переслано от",
  "statement of",
  "statements of",
  "affidavit of",
  "testimony of",
  "deposition of",
  "behalf of",
];

/**
 * What one says to someone called by name at a message's start, with no comma (a "не" may come
 * first): imperatives of contact and warning, and "where" (`наташ перезвони`, `sveta ne beri trubku`, `Дана где?`,
 * `Zhanelka qaida?`, `СӘУЛЕ ЕСІКТІ АШПА`).
 */
export const CALLED_AFTER_WORDS: readonly string[] = words(`
  перезвони позвони напиши набери скинь глянь ответь жди приходи беги открой где бери выходи открывай стой
  переведи перекинь отправь займи помоги звони пиши дай дайте держись держитесь маякни
  perezvoni pozvoni napishi naberi skin glyan otvet zhdi prihodi gde beri vyhodi otkryvai stoi zvoni pishi derzhis mayakni
  send call text pls plz please check
  хабарлас жаз жазшы жіберші салшы қоңырау кел аш ашпа шықпа тұрма қайда қайдасың where скажи скажите айт айтшы айтыңдар айтыңдаршы айтыңызшы айтыңыз ait aitshy aityndar
  habarlas khabarlas zhaz kel ash ashpa shyqpa qaida kaida qaidasyn
  сал салшы бер берші жібер күт күтші тыңда шық келші өшірме келме айтпа берме жазба барма кетпе қорықпа жылама
  sal ber jiber zhiber kut kutshi tynda shyq kelshi oshirme kelme aitpa berme barma ketpe qoryqpa zhylama
  chiq tezroq yoz qo'ng'iroq ходи иди уходи
`);

/** Second-person endings on the word after a name: she is asked where, how she is (`Динаш қалайсың?`, `гүлім қайдасың`), what she knows (`Sveta pomnish`). */
export const SECOND_PERSON_ENDINGS: readonly string[] = words(
  `сың сің сыңдар сіңдер syn sin syñ siñ sıñ сыңба сіңбе synba sinbe synbe sinba ешь ишь esh ish`,
);

/** Words before "как"/"as" and a quoted nickname: known, saved, listed or introduced so (`знают как «Ласточка»`, `saved as "Maks Op"`, `представившиеся как «Светка»`). */
export const KNOWN_AS_STEMS: readonly string[] = words(`
  знают знала знали знаю известн записан записа сохран подписан указан saved listed known stored znayut
  zapisa ukazan recorded sohran sokhran knows know knew refer address registered таныстыр tanystyr знает znaet
  представивш представля представил predstavil predstavlya introduced presented given
`);

/** Words right before a quoted nickname: a pseudonym, an alias (`псевдоним «Ласточка»`, `он же «Федя»`, `code name "Lily"`). */
export const ALIAS_WORDS: readonly string[] = words(
  `псевдоним псевдонимом псевдонима aka же name лақап ник nick никнейм alias pseudonym nickname прозвище кличка
  ником никнеймом прозвищем кличкой кличке кличку nikom klichkoi prozvishem`,
);

/** Words for a name, before a first name quoted (`записаны имена «Лиза», «Сабина»`): the name is someone's. */
export const NAME_NOUN_WORDS: readonly string[] = words(`имя имена именем есімі есімдері names named`);

/** A phone's contact, before its quoted name (`с абонентом «Танюха»`): a person's only if a first name is quoted. */
export const CONTACT_WORDS: readonly string[] = words(`абонент абонентом абонента абоненту контакт контактом контакта контакту contact`);

/** Stems of verbs of calling someone a name before a quoted nickname (`которого называли «Бабай»`). */
export const CALLING_STEMS: readonly string[] = words(`называ прозва кличут величал nazyva prozva call`);

/** Stems of the Kazakh and Uzbek verb after "«X» деп/деб" that says what someone was called (`деп атады`, `деб таништирди`). */
export const CALLED_STEMS: readonly string[] = words(`
  ата шақыр жазыл таныстыр сақта тіркел atad atai shaqyr zhazyl tanystyr tirkel
  таништир чақир ёзил tanishtir chaqir yozil
`);

/** Pronouns of a person near a verb of calling (`называли его «Бабай»`): the nickname is a person's. */
export const PERSON_PRONOUNS: readonly string[] = words(`
  меня menya мені meni
  его её ее их него неё нее которого которую которых ego ee kotorogo kotoruyu him her whom them me
`);

/** Pronouns between a verb of calling and the name it gives (`зови меня Батя`, `zovut menya Zizi`, `Звали его все Малой`). */
export const CALLED_PRONOUNS: readonly string[] = words(`меня его её ее menya ego ee мені оны meni все vse бәрі bari him her me`);

/** Nouns of a person after "X деген" (`Назар деген жігіт`, `Самұрық деген адам`): someone so called. */
export const NAMED_PERSON_NOUNS: readonly string[] = words(
  `жігіт қыз әйел кісі адам бала жігітті қызды адамды zhigit jigit qyz kyz aiel kisi adam`,
);

/** "Thanks be to God" after a name that is a word (`Слава богу`): no person. */
export const GOD_WORDS: readonly string[] = words(`богу господу аллаху bogu allahu`);

/** Names that are flowers' names besides those in -гүл (`Роза гүлін`): the rose, lily, tulip, jasmine. */
export const FLOWER_NAMES: readonly string[] = words(`роза лилия лола жасмин раушан roza liliya lola`);

/**
 * Police units and organisations in the genitive a person comes from (`Жека из УБОПа`, `Бабай с
 * отдела`, `дана из фонда`): a sauna or a café comes from none.
 */
export const UNITS_FROM: readonly string[] = words(`
  отдела отделения управления убопа полиции ровд увд двд овд уголовки угро патруля ппс участка ментовки
  бөлімнен otdela upravleniya ubopa policii politsii rovd uvd dvd patrulya фонда организации нпо нко
  ассоциации fonda organizacii аутрича autricha outreach
`);

/** Words for "from" before a police unit (`из отдела`, `с отдела`, `iz otdela`). */
export const FROM_WORDS: readonly string[] = words(`из с со iz s`);

/** Verbs that give a venue its name before the quote (`the café was called "Bakhyt"`, `сауна называлась «Роза»`). */
export const VENUE_NAMING_WORDS: readonly string[] = words(`called named называется называлась назывался называлось`);

/** An officer's name tag, before the name it shows (`name tag "Kenzhebekov"`, `на бейджике «Серикбаев»`). */
export const NAME_TAG_WORDS: readonly string[] = words(`tag nametag badge бейдж бейджик бейджике бейдже`);

/** After a message's first word and its comma, what defines the word (`Роза, это Алматы`, `Hope, a word we forgot`): no one is spoken to. */
export const DEFINING_WORDS: readonly string[] = words(`это eto бұл bul a an`);

/** …and what joins it to a list (`Роза, пион и ромашка`, `Faith, hope and …`). */
export const LIST_AND_WORDS: readonly string[] = words(`и and мен i`);

/** Possessives before a role or a person noun (`Вера моя подруга`, `«Мадина» — это её подруга`). */
export const POSSESSIVE_PRONOUN_WORDS: readonly string[] = words(`наш наша мой моя её его біздің менің our my her his moya moi`);

/** Nouns that say who a name is after "— это" (`Слава — это мой бывший`, `Марк — это не мент`), besides the roles. */
export const DEFINING_PERSON_NOUNS: readonly string[] = words(`
  бывший бывшая парень подруга подружка друг муж жена сосед соседка знакомый знакомая коллега человек
  мужчина девушка женщина мент менты охранник таксист сутенёр сутенер клиент
`);

/**
 * Stems of verbs only a person does — seeing, hearing, crying, fearing — right after a name that is
 * also a word (`Роза видела`, `Grace saw`, `Жұлдыз жылап тұрды`); love and hope do none of them.
 */
export const PERSON_VERB_STEMS: readonly string[] = words(`
  видел видела видели увидел увидела слышал слышала услышал услышала плакал плакала заплакала боял
  испугал молчал промолчал сбежал убежал потерял
  көрді көрген көрдім жылады жылап қорықты қорыққан естіді
  saw sees heard hears cried cries ran texted messaged phoned replied answered slept woke arrived
  videla videl slyshala plakala boyalas korddi kordi jylady zhylady
  заболел болеет отвечает отвечала шықпайды шықпады ауырып ауырды ауырад келмейді келмеді опоздал спит спала
  ұйықта uiyqta uiykta opozdal
  zabolel boleet otvechaet shyqpaidy shykpaidy auyryp kelmeidi
`);

/**
 * Verbs a person does that faith, hope and love do too (`Вера пропала`, `Надежда пропала`, `Любовь
 * не выйдет из моды`): after a name that is a word, a person only if the word is no feeling.
 */
export const PERSON_OR_FEELING_VERB_STEMS: readonly string[] = words(
  `пропал выйдет выйду выходит вышл вышел вернул отказал propal vyidet vyhodit vyshla vyshel vernul otkazal`,
);
/** First names that are feelings and virtues (`Вера`, `Надежда`, `Любовь`, `Hope`). */
export const FEELING_NAMES: readonly string[] = words(
  `вера надежда любовь үміт бақыт махаббат faith hope grace joy love vera nadezhda lyubov`,
);

/** Words a chat opens with or calls someone by that are no names (`жаным қайдасың`, `короче где ты`). */
export const ENDEARMENTS: readonly string[] = words(`
  короче кароче кароч слушай слышь блин ну ау бля так ладно ок окей ой әй айтшы kstati koroche slushai апырай апырмай ойбай
  бүгін ертең кеше қазір сосын енді тағы bugin erten keshe qazir kazir sosyn endi tagy сегодня завтра сейчас
  жаным балам қызым қыздар кыздар апа апай әпке аға апалар апайлар әпкелер эжелер досым зайка зай солнце малыш дорогая дорогой
  родная девочки девчонки ребята люди мам мама ана сестра братан подруга сестрёнка сестренка
  kyzdar qyzdar zhanym janym balam girls guys babe hun sis всем всех бәріне барлығына баршаға vsem all everyone
  айналайын айналайн ainalaiyn ainalayin
  hammaga barchaga hammangizga қизлар qizlar опалар opalar
  хаха хахаха ахах ахаха ахахах ахахаха хех лол haha hahaha ahah ahaha ahahah khakha xaxa lol lmao
`);

/** "Where is" after a name and before a question mark at a message's start (`Ерке қайда?`, `Вера где?`): she is asked after. */
export const WHERE_IS_WORDS: readonly string[] = words(`қайда кайда qaida kaida qayda где gde qayerda қаерда`);

/** "Where are you" after a word at a message's start: it calls someone by name (`айкош қайдасың`, `lenka ty gde`). */
export const WHERE_ARE_YOU: readonly string[] = [
  "қайдасың",
  "қайдасыз",
  "qaidasyn",
  "kaidasyn",
  "где ты",
  "ты где",
  "gde ty",
  "ty gde",
  "where r u",
  "where are you",
];

/** Words between "who" and a name asked about (`кто такой Белый?`). */
export const WHO_SUCH_WORDS: readonly string[] = words(`такой такая takoi takoy takaya takaia`);

/** Verbs before "by" and the name one goes by (`she goes by Lina`). */
export const GOES_BY_WORDS: readonly string[] = words(`goes go went going`);

/** "Who", asking about someone (`кто видел Рыжую?`, `kim korgen Balapandy?`). */
export const WHO_ASKS_WORDS: readonly string[] = words(`кто kto кім kim`);

/** Verbs of seeing or knowing someone, after "who" (`кто видел Рыжую?`). */
export const WHO_SAW_WORDS: readonly string[] = words(
  `видел видела видели знает знал знала videl videla znaet көрді көрген біледі korgen kordi biledi`,
);

/**
 * A form's field labels after a name's value, never part of it (`Familiya: TURSUNOVA Imya: DILNOZA
 * Data rozhd.: …`), beside the name's own words below.
 */
export const FIELD_LABEL_WORDS: readonly string[] = words(`data дата date adres адрес address otchestvo отчество`);

/** Words in a bracket after a name that say it is one (`Hope (her chosen work name)`, `Victoria (surname withheld)`). */
export const NAME_IS_WORDS: readonly string[] = words(
  `name surname имя фамилия фамилию фамилии псевдоним аты есімі тегі atym imya familiya`,
);

/** Shared mailboxes' words before an e-mail's `@`, no one's name (`support@`, `info@`, `hotline@`). */
export const MAILBOX_WORDS: readonly string[] = words(`
  info support help helpdesk office admin contact contacts hello mail team press hotline secretary reception
  director legal lawyer outreach report reports noreply donate grants finance accounts
`);

/** What links a name to the words that call it one (`Grace is my work name`, `Лиза — это моё рабочее имя`). */
export const NAME_IS_LINKS: readonly string[] = words(`is was , — – - это eto`);

/** Words of when, between a name's comma and what she is told to do (`Айна, кешке хабарлас`). */
export const WHEN_WORDS: readonly string[] = words(
  `кешке ертең бүгін вечером завтра сегодня потом срочно keshke erten bugin vecherom zavtra srochno`,
);

/** English auxiliaries before "you", asking the name before them (`Grace, are you…`, `Meru do you…`). */
export const ASKING_AUXILIARIES: readonly string[] = words(`are were do did can could will would have`);

/** Demonstratives between a name's comma and a role (`Слава, тот таксист`). */
export const DEMONSTRATIVE_WORDS: readonly string[] = words(`тот та этот эта that this сол осы`);

/** What befalls only a person, after "is", "was" or "got" (`Grace is back`, `Rose was released`). */
export const BACK_WORDS: readonly string[] = words(`back released detained arrested home safe taken picked`);

/** Words between a name's comma and "you" (`Rose, if you read this`). */
export const IF_WORDS: readonly string[] = words(`if when please pls если esli`);

/** The one whom people call by a name, before "they call" (`the one they call Shram`, `whom the girls call …`). */
export const CALLED_ONE_WORDS: readonly string[] = words(`one whom who that guy man`);

/** Who calls someone by a name, between the one called and "call" (`the one they call Shram`). */
export const CALLER_WORDS: readonly string[] = words(`they we girls everyone everybody people women`);

/** "Me", "to me" in a clause after a name and its comma: the writer asks her for something (`Ерік, … мені … апар`). */
export const TO_ME_WORDS: readonly string[] = words(`мені маған мне меня meni magan maǵan mne menya`);

/** "To you" right after a name and its comma (`Зарнигор, сенга …`); not before it (`рахмет сізге`). */
export const TO_YOU_WORDS: readonly string[] = words(`саған сізге сенга сизга senga sizga`);

/** Kin called so at a message's start, no name (`Mom its me`). */
export const KIN_CALLED_WORDS: readonly string[] = words(`mom mum mama ma dad papa sis bro мама папа`);

/** Particles of calling between a name and its comma (`Гүлім ау, сен қалайсың?`). */
export const CALLING_PARTICLE_WORDS: readonly string[] = words(`ау әй ей au`);

/** "Where", which after a word no list knows opens a relative clause (`Адрес, где её держали`). */
export const RELATIVE_WHERE_WORDS: readonly string[] = words(`где gde қайда qaida kaida where`);

/** Kazakh, Kyrgyz and Tajik "they call (so)" after a quoted name (`мені «Айко» дейді`, `маро «Мадо» мегӯянд`). */
export const SAY_CALLED_WORDS: readonly string[] = words(`дейді дейт дешет мегӯянд мегуянд deidi deit deshet`);

/** Whom they call so, before the quoted name (`мені «Айко» дейді`): me, her or him. */
export const CALLED_OBJECT_WORDS: readonly string[] = words(`мені мени оны аны маро ӯро уро meni ony any`);

/** A document after "по", whose name a quote then gives (`по паспорту — «Айдар»`). */
export const BY_DOCUMENT_WORDS: readonly string[] = words(`паспорту документам удостоверению pasportu dokumentam`);

/**
 * Words inside a name that are no name themselves: "son of" and "daughter of" after a patronymic's
 * stem (Болатұлы, Serik uly, Rustam o'g'li), and Dutch and German particles (Jonas van Dijk).
 */
export const NAME_PARTICLES: readonly string[] = words(`
  ұлы улы уулу қызы кызы кизи оглы uly ulu kyzy qyzy kizi ogly uulu ogli o'g'li qizi van von угли ўғли қизи
`);

/** "I" opening a sentence before the name she gives, no part of it (`Ман Зебо ҳастам`, `Men Dilnoza`). */
export const I_WORDS: readonly string[] = words(`ман мен men`);

/**
 * Where a person goes by another name, before a dash and the name quoted (`Тимур (в быту — «Тима»)`,
 * `Данияр, в интернете — «Дэни»`): pairs of words, the preposition and its noun.
 */
export const GOES_BY_PLACES: readonly string[] = words(`
  в_быту в_народе для_своих в_интернете в_сети в_чате в_чатах на_точке на_работе v_bytu v_internete v_chate
`);

/** Stems of "changed to", before a quoted name a client's was changed to (`name changed at her request to "Aika"`). */
export const RENAMED_STEMS: readonly string[] = words(`changed renamed изменен изменён заменен заменён поменял`);

/** "I" before the quoted name she is (`на работе я «Эля»`, `бул жерде мен «Белла»`). */
export const I_AM_WORDS: readonly string[] = words(`я ya ман мен men i'm i’m im`);

/** The Kazakh and Uzbek "as" after a quoted name, before a verb of calling (`«Бабай» деп атады`, `«Малика» деб таништирди`). */
export const SAY_AS_WORDS: readonly string[] = words(`деп dep деб deb`);

/** What has a name that is no one's, before "name is" and a quote (`the project name is "Safe Space"`). */
export const NAMED_THING_WORDS: readonly string[] = words(`
  project campaign programme program file company organisation organization group chat channel page brand
  sauna hotel account проекта группы чата канала сауны файла
`);

/** Stems of the verb in "(так представилась)" after a quoted name: how she introduced herself. */
export const INTRODUCED_STEMS: readonly string[] = words(`представил назвал подписал introduced called`);

/**
 * Words that label a voice message's transcript (`Голосовое (расшифровка): …`, `voice msg: …`,
 * `Дауыстық хабарлама: …`): speech-to-text writes names in lower case, as a chat without capitals.
 */
export const VOICE_LABEL_WORDS: readonly string[] = words(`
  голосовое голосового расшифровка аудио войс гс дауыстық voice audio vm
`);
