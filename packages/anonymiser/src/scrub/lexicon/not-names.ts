// Words that look like names but are not: common words with a surname's suffix, places,
// organisations and brands, and English words that a transliterated name could collide with.
import { words } from "./words.js";

/**
 * Russian words that end like surnames (-ов, -ев, -ин and their case forms), written as the form
 * without a case ending: `слов` stops Слова, Слову, Словом; `машин` stops Машина, Машину.
 */
export const SURNAME_LOOKALIKES: readonly string[] = words(`
  рассмотрев осмотрев просмотрев пересмотрев увидев посев
  снов слов основ голов коров подков готов здоров каков таков суров нов ров вызов улов остров покров засов кров
  штрафов часов годов домов случаев документов протоколов клиентов рейдов сотрудников фактов инцидентов
  месяцев анализов тестов презервативов шприцев наркотиков телефонов паспортов ответов вопросов
  пунктов центров кабинетов отделов районов регионов органов приёмов приемов
  признаков симптомов следов ушибов синяков побоев контактов участников звонков визитов выездов
  тренингов волонтёров волонтеров работников партнёров партнеров респондентов пациентов родственников
  результатов отделов судов прокуроров районов городов регионов мигрантов процентов долларов видов
  способов методов адвокатов юристов врагов отцов сынов дедов долгов подарков денег разговоров
  пакетов шагов рублев врачей конвертов сантиметров килограммов метров домашних актов приказов
  один магазин господин мужчин причин машин половин картин тишин глубин середин вершин витрин
  пружин дубин скотин ангин резин корзин малин калин рябин долин равнин старин героин кокаин
  амфетамин морфин аспирин бензин витамин кофеин анальгин керосин карантин дельфин камин
  казахстанин гражданин христиан мандарин апельсин женщин окраин медицин вакцин дисциплин кабин
  лавин свинин говядин баранин конин величин годовщин доктрин скарлатин вин един
  звук внук каблук паук сундук бамбук ноутбук фейсбук жук лук тюк крюк утюг продук
  киев львов харьков ростов саратов тамбов псков курчатов сатпаев чапаев орехов кишинев
  бортов грузов боков дворов почтов пищев пропусков правов полев номеров адресов постов
`);

/** Places of Kazakhstan and the region (cities, regions, countries), in Russian, Kazakh and English. */
export const PLACES: readonly string[] = words(`
  Талдыкорган Талдықорған Текели Капшагай Қапшағай Конаев Қонаев Уштобе Үштөбе Жаркент Сарканд
  Сайрам Майкудук Майқұдық Тараз
  Сарқан Есик Есік Талгар Каскелен Қаскелең Узынагаш Ұзынағаш Шелек Балпык Карабулак Қарабұлақ
  Алматы Алма-Ата Астана Нур-Султан Нұр-Сұлтан Шымкент Караганда Қарағанды Павлодар Семей Актобе
  Ақтөбе Атырау Актау Ақтау Костанай Қостанай Кокшетау Көкшетау Петропавловск Усть-Каменогорск
  Өскемен Тараз Туркестан Түркістан Кызылорда Қызылорда Уральск Орал Жезказган Жезқазған Экибастуз
  Балхаш Балқаш Темиртау Теміртау Рудный Жанаозен Жаңаөзен Аксу Ақсу Кордай Қордай Ушарал Үшарал
  Тошкент Toshkent Қозоғистон Ереван Yerevan Кара-Балта Лепсинск Аягоз Аягөз Жетысу Жетісу Казахстан Қазақстан Кыргызстан Қырғызстан Узбекистан
  Сарань Шахтинск Степногорск Щучинск Лисаковск Аркалык Арқалық Байконур Байқоңыр Кульсары Құлсары
  Жанатас Кентау Шардара Риддер Зайсан Житикара Азербайджан Әзербайжан Грузия Армения Беларусь Молдова
  Туркменистан Түрікменстан
  Өзбекстан Таджикистан Тәжікстан Россия Ресей Бишкек Ташкент Фергана Ферғана Душанбе Москва
  Великобритания Британия Англия Германия Франция Италия Испания Нидерланды Голландия Швеция Норвегия
  Дания Польша Турция Китай Корея Индия Америка
  Ош Самарканд Тоҷикистон Тожикистон Ўзбекистон Узбекистон Қирғизистон Қазақстон Қозоғистон Русия Россия O'zbekiston Qirg'iziston Qozog'iston Tojikiston Ozbekiston Qirgiziston Qozogiston Андижан Наманган Турция Түркия Китай Қытай Украина Узбекстан Еуропа Европа Азия Америка Алатау Медеу Бостандык Алмалы Ауэзов Турксиб Наурызбай
  Taldykorgan Tekeli Kapshagay Konaev Ushtobe Zharkent Sarkand Esik Talgar Kaskelen Almaty Astana
  Shymkent Karaganda Pavlodar Semey Aktobe Atyrau Aktau Kostanay Kokshetau Taraz Turkestan Kyzylorda
  Uralsk Zhetysu Kazakhstan Kyrgyzstan Uzbekistan Tajikistan Russia Bishkek Tashkent Fergana Moscow
  Osh Samarkand Andijan Turkey China Europe Asia
  Нарын Каракол Қаракөл Талас Токмок Тоқмақ Баткен Джалал-Абад Жалал-Абад Бухара Хорезм Нукус Термез Карши
  Naryn Karakol Talas Tokmok Batken Jalal-Abad Bukhara Khorezm Nukus Termez Karshi
  Худжанд Хуҷанд Куляб Кӯлоб Бохтар Истаравшан Коканд Қўқон Навои Джизак Гулистан Сырдарья Khujand Kulob Bokhtar Kokand
  Jizzakh Namangan Ferghana Qoqon Samarqand Toshkent
  Таугуль Тау-Гуль Taugul Tau-Gul Айнабулак Айнабұлақ Кокжиек Көкжиек Калкаман Қалқаман Шанырак Шаңырақ Аксай Aksai Ainabulak Kokzhiek
`);

/**
 * Programmes' acronyms for the populations they serve (people who inject drugs, people living with HIV,
 * men who have sex with men, sex workers, trans people): a record's category, no one's name (`Гуля (ЛУИН, ВИЧ+)`).
 */
export const KEY_POPULATIONS: readonly string[] = words(`
  ЛУИН ЛУН ЛЖВ ЛЖВИЧ МСМ КСР СР ТГ ТЛ ЛГБТ ЛГБТК ЛГБТИК PWID PWUD PLHIV PLWH MSM FSW MSW TGW LGBT LGBTQ LGBTIQ
`);

/** Organisations, brands and products that are, or look like, names (compared in lower case). */
export const ORGANISATIONS: readonly string[] = words(`
  Амелия Amelia Денсаулық Каспи Kaspi Халык Halyk Сбербанк Jusan Forte ВКонтакте Одноклассники Телеграм
  Telegram Инстаграм Instagram Фейсбук Facebook WhatsApp Ватсап Ютуб YouTube Камри Camry Лексус
  Lexus Тойота Toyota Нива Niva Лада Lada Мерседес Mercedes Хендай Hyundai Жигули Глобальный
  Global UNAIDS ЮНЭЙДС Каспий Нивы Ниве Ниву Нивой Beeline Билайн Kcell Кселл Altel Алтел Activ TikTok Тикток ART АРТ RUz РУз
  Сбер Сбера Сберу Тинькофф ForteBank Фортебанк Bereke Береке Элкарт Humo Uzcard Freedom Жусан
`);

/**
 * A form's field names and a transcript's questions, capitalised after a role's colon (`Судья: Дата
 * рождения?`, `JUDGE: Date of birth?`) or before their own (`Отчество:`, `Сумма 60 000`): never a name.
 */
export const FORM_FIELDS: readonly string[] = words(`
  дата адрес телефон тел возраст пол гражданство место отчество фамилия имя фио сумма
  date address phone age sex gender citizenship surname dob
  күні мекенжайы мекенжай телефоны жасы жынысы азаматтығы тегі аты әкесінің сомасы
`);

/** An e-mail's header fields that are also names (`Тема:`, Артём's Тёма): no name before their colon. */
export const MAIL_FIELDS: readonly string[] = words(`тема тақырып тақырыбы`);

/** Russian and Kazakh function words: never a name's start, never a known name in lower case. */
export const RU_FUNCTION_WORDS: readonly string[] = words(`
  кім кімге кімді кімде кімнің кімнен мәні мен сен ол олар біз сіз бұл осы сол және бен пен мен да де та те ма ме ба бе па пе ғой
  ғана тек әлі енді кейін соң үшін дейін бірақ жеке кийин кейин анан андан
  мой моя моё мою моего моей твой твоя твоё твою твоего твоей наш наша нашу ваш ваша вашу свой своя свою
  а и но да или либо ибо зато однако хоть потом тогда когда вот там тут здесь это этот эта эти все всё они она он мы вы я ты
  его её ее их нас вас им меня мне нам вам тебе себе кто что где куда почему зачем как так уже ещё
  еще даже только после перед при про для без над под из от до на в во с со к ко у о об по за
  сначала затем также тоже если чтобы хотя пока сейчас теперь однажды вчера сегодня завтра ночью
  утром вечером днём днем каждый каждую каждое всего нет ни не алё алло
  ман маро мани ертең бүгін кеше қазір жарайды рахмет
  жақсы әрине иә солай хорошо ладно конечно понятно азизам
  рахмат rahmat айланайын норм жеткілікті кіру дәрі гүлдер қыздар кыздар лол опажон кому ваша ваш мана доча
  ахах ахаха ахахах ахахаха хах хаха хахаха хахах ору
  прошу просим просят ребят ребята
`);

/** Kazakh and Russian function words in Latin letters, as chats write them: never a name (`Sosyn`, `Qalai?`, `jana nomerim`). */
export const LATIN_FUNCTION_WORDS: readonly string[] = words(`
  haha hahaha ahaha ahah ahahah
  sosyn sonsoñ qalai kalai qalay kalay jana jaña zhana zhaña jaqsy zhaksy biraq birak bırak bugin bügin
  bügın erten keshe qazir kazir qazır bari bäri olar osy tagy tağy endi endı keyin kein sonda
  munda qaida kaida qaidasyn nege neshe eto vot tam tut kogda potom segodnya vchera zavtra esli chto
  kak gde uzhe eshe eshche tolko poka seichas teper jeke zheke jańa qate sary ol biz onyn onyñ onyń atyn atyñ atyń
  jany zhany salom ili qyzdar kyzdar telefon telefonyn telefonym mana vymogali vymogal
  sen seni senga siz sizge sender sizder meni menga navruz navro'z muborak
  dannye dannyh dannykh qujat qujatym qujattar kujat keyin keıin keiin kiyin shyn olgan bárińe barine
`);

/**
 * English words that a capitalised token may be without being a name: function words, sentence
 * openers, and this domain's capitalised nouns (stops transliterated names colliding with them).
 */
export const ENGLISH_COMMON_WORDS: readonly string[] = words(`
  withdrew drew knew threw grew blew flew a about above after again against all also although always am an and another any are around as
  at back be because been before being below between both but by call called can could did do
  does doing done down during each either even every few first for from further get got had has
  have having he her here hers him his how however i if in into is it its just last later let like
  made make many may me might more most much must my near never next no nobody none nor not now of
  off often on once one only or other our out over own perhaps please same she should since so
  some still such than that the their them then there these they this those though through thus
  to today together tomorrow too under until up upon us very was we were what when where which
  while who whom whose why will with within without would yes yet you your yesterday said says
  tell told write send contact ask asked give gave took take went go come came saw see seen
  time times share shared son bot cost van lol dashcam line lines
  police officer officers article code criminal administrative offences centre center fund
  i'm i've i'd i'll i’m
  germany nigeria ghana philippines korea japan france italy spain poland dubai lagos seoul istanbul
  azerbaijan armenia belarus ukraine moldova tajikistan turkmenistan mongolia merry christmas
  network department internal affairs ministry general court office regional city region street avenue
  road republic national committee sex work workers project projects report reports women woman
  men man girls girl clients client sauna saunas hotel station precinct prosecutor prosecutors
  under our nobody out sex hiv aids ngo ngos friday monday tuesday wednesday thursday saturday
  sunday january february march april june july august september october november december
  again begin within cabin latin berlin china ukraine english russian kazakh uzbek kyrgyz
  interpreter translation phone number card passport more information main geneva carolina
  argentina retina cousin skin twin chin thin spin grin basin raisin resin satin coffin
  dolphin muffin pumpkin napkin insulin vitamin heroin admin margin origin toxin stamina vagina
  ban aim asian roma den sat dacha chat wiki jan aka stays ran jam login plugin
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred thousand several interview interviewer interviewed survivor perpetrator witness victim
  respondent case note notes outcome referral consent verbal written statement complaint evidence
  incident raid detention detained arrest arrested fine fined hospital clinic doctor nurse lawyer
  paralegal outreach volunteer mission shelter
  open society foundation institute association alliance union partners coalition initiative programme
  program trust council agency bank health global international watch rights human amnesty
  sorry okay ok hey hello listen look wait well btw guys ladies folks everyone everybody anyone someone dear
  friends colleagues team free closed late ready busy safe fine sure true cold box
  claim claims facts reasons account forensic medicine medical chain custody bureau expertise examination
  turkish georgian german indian chinese korean american british french italian turkmen tajik arab afghan
  iranian azerbaijani armenian belarusian ukrainian moldovan mongolian uyghur dungan tatar chechen kurdish determine cpt pvt sustained overruled objection
`);

/**
 * Stems of institutions' and places' nouns: a -ский word before one is the institution's or the
 * place's adjective (Алматинской области), and a street's name is never one (Центр СПИД, 3 этаж).
 */
export const INSTITUTION_STEMS: readonly string[] = words(`
  обл район край город больниц поликлиник прокуратур полиц суд отдел управлен департамент центр улиц проспект трасс дорог регион республик федерац облыс аудан қала region district city court police hospital street
`);

/** English's commonest words, which no Russian or Kazakh in Latin letters writes: two make a text English. */
export const ENGLISH_MARKER_WORDS: readonly string[] = words(
  `the is was she he they her his with just said from are you out been has have this`,
);
