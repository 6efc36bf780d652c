// Street-type words and house/flat words in Russian, Kazakh (in Cyrillic, and in Latin letters, the
// official alphabet's köşesi, üi, päter among them) and English (compared in lower case).
import { words } from "./words.js";

/**
 * Street types written before the street's name (`ул. Абая`, `проспект Тауке хана`, `мкр. Жастар`),
 * and villages, whose houses are numbered without a street (`село Кызылкайрат, дом 47`).
 */
export const STREET_BEFORE_NAME: readonly string[] = words(`
  ул улица улицы улице улицу улицей пр пр-т пр-кт просп проспект проспекта проспекте проспекту
  проспектом мкр мкрн мкр-н микрорайон микрорайона микрорайоне микрорайону микрорайоном пер
  переулок переулка переулке бульвар бульвара бульваре б-р шоссе трасса трассе тракт ж/м жилмассив
  ul ulitsa ulitse ulitsy ulitsu ulica ulice ulicu prospekt prospekte mkr mkrn mikroraion mikrorayon mikrorayone pr microdistrict
  кӯчаи кучаи kuchai кӯч куч
  село села селе селу с аул аула ауле ауыл посёлок поселок посёлка поселка посёлке поселке пос
  selo sela sele aul auyl auil poselok poselke
`);

/**
 * Street types numbered by an ordinal before them, and only then a street (`12-й проезд`, `5-я линия`,
 * `3-й тупик`): alone, `проезд` is a fare and `линия` a hotline.
 */
export const ORDINAL_STREET_TYPES: readonly string[] = words(`
  проезд проезда проезде линия линии линию тупик тупика тупике переулок переулка переулке квартал квартала квартале
`);

/**
 * Abbreviations among those: a street only when a full stop or a capitalised name follows, since
 * `пр` and `пер` are also other words.
 */
export const STREET_ABBREVIATIONS: readonly string[] = words(`ул пр пер мкр мкрн просп б-р пос с ul mkr mkrn pr кӯч куч`);

/** Kazakh street types written after the name, by stem (`көшесі`, `көшесіндегі`, `даңғылы`). */
export const STREET_AFTER_NAME_STEMS: readonly string[] = words(`
  көшес даңғыл ықшамаудан шағынаудан мөлтекаудан ауылы ауылын ауылынд auyly auylyn auylynd жолы zholy жолу zholu koshes kөshes dangyl shagynaudan
  köşes köshes kóshes dañğyl dañgyl şağynaudan shağynaudan shaghynaudan yqshamaudan iqshamaudan ykshamaudan
  микроаудан mikroaudan ko'chas кўчас кучас kuchas kochas көчөс kochos kvartal проспекти prospekti шоҳкўчас shohko'chas мавзе mavze
`);
/** Street types written after the name as whole words (`Street`, `St.`, `microdistrict`, `көш.`). */
export const STREET_AFTER_NAME: readonly string[] = words(`
  street st str avenue ave road rd lane boulevard blvd microdistrict көш даңғ kosh koshe к-сі к-си k-si mkr мкр көч koch
  шоссе
`);

/** The first word of the two-word Kazakh microdistrict (`шағын ауданы`, `ықшам ауданы`). */
export const MICRODISTRICT_FIRST: readonly string[] = words(`шағын ықшам мөлтек shagyn shağyn şağyn yqsham iqsham`);
/** Stems of its second word. */
export const MICRODISTRICT_SECOND_STEMS: readonly string[] = words(`аудан audan`);

/** House, building, office and flat words, before their number (`д. 12`, `кв. 5`, `apt 5`). */
export const HOUSE_BEFORE_NUMBER: readonly string[] = words(`
  д дом доме дома кв квартира квартире квартиру квартиры корп корпус к стр строение офис оф комн комната комнате комнату
  apt apartment building bldg bld block office flat house unit room үй пәтер kv d dom uy pater korpus üi päter
  подъезд подъезде этаж этаже эт қабат қабатта kabat qabat etazh podezd pod'ezd каб кабинет
  кабинете kab под ofis ofisa ком хонаи xonadon
`);

/**
 * House and flat words after their number (`5 үй`, `25-үй`, `12 пәтер`, `4 этаж`). A word in both
 * lists (floor, entrance, office room) carries an address on but never starts one: `кабинет 214`
 * alone is a room, not where she lives.
 */
export const HOUSE_AFTER_NUMBER: readonly string[] = words(`
  үй үйде үйі үйінде пәтер пәтерде пәтері пәтерінде uy ui uide uyde pater paterde қабат қабатта
  üi üide üiі päter päterde pateri päteri uii uyi patir pätir patirde bolme bölme бөлме
  қабатында kabat qabat этаж этаже этажа etazh подъезд каб кабинет кабинете kab podezd podyezd п p dom kv дом
  xonadon хонадон uy-joy батир batir уй kvartira квартира
`);

/** Lower-case words that are part of a street's name (`Тауке хана`, `Толе би`, `Кабанбай батыра`). */
export const STREET_NAME_PARTICLES: readonly string[] = words(`
  хан хана би батыр батыра сері серы ата ана жолы жолу им имени бi bi bı khan batyr жырау сал ақын акын шешен абыз
  кольцо кольца кольце
  zhyrau jyrau sal seri sery akyn batyra khana hana han zholy joly zholu jolu
`);

/** Words of a street corner: the capitalised word beside one is a street's name (`угол Абая`). */
export const STREET_CORNER_WORDS: readonly string[] = words(`
  угол углу угла пересечение пересечении перекрёсток перекресток перекрёстке перекрестке қиылысы
  қиылысында бұрышы бұрышында corner intersection ugol uglu qiylysy qiylysynda kiylysy kiylysynda qıylysy qıylysynda
  buryshy buryshynda buryshynan bұryshy burishy burishynda burysy burysynda burishinda uglynda uglyna ugly ugla burchunda burchu бурчунда бурчу
`);

/** "Streets" between a corner's word and the streets' names (`на пересечении улиц Баймагамбетова и Тарана`). */
export const STREETS_PLURAL: readonly string[] = words(`улиц улицы ulits ulic streets көшелерінің көшелері`);

/**
 * Words after which a street's name and number need no street type (`по адресу Гоголя 44`,
 * `мекенжайы: Гоголь 44`, `address: Gogol 44`).
 */
export const ADDRESS_KEYWORDS: readonly string[] = words(`
  адрес адреса адресу адресе мекенжай мекенжайы мекенжайым мекенжайымыз мекенжайда мекенжайға address
  adres adresa mekenzhai mekenzhaiy mekenzhaiym mekenjai жительства проживания задержания происшествия
`);

/** Street types written after the name that are abbreviations, whose full stop is their own (`St.`, `Ave.`). */
export const STREET_AFTER_ABBREVIATIONS: readonly string[] = words(`st str ave rd blvd көш даңғ mkr мкр`);

/**
 * People the main streets of Kazakhstan's cities are named after (and the two named for no one, Достык and Тауелсиздик), in the genitive a street's name
 * takes when the street's word is left out (`на Гагарина`, `по Абая`, `na Seifullina`). The first
 * words of two-word names (`Толе би`, `Кабанбай батыра`) stand for the name with its second word.
 */
export const STREET_EPONYMS_GENITIVE: readonly string[] = words(`
  Төлеби Толеби Tolebi
  Абая Гагарина Сейфуллина Райымбека Жандосова Майлина Жансугурова Байтурсынова Назарбаева
  Фурманова Ауэзова Әуезова Сатпаева Сәтбаева Тимирязева Пушкина Ленина Гоголя Толстого Шевченко Муканова
  Жамбыла Момышулы Розыбакиева Байзакова Навои Есенберлина Мустафина Ермекова Ерубаева Кунаева
  Масанчи Жарокова Туркебаева Валиханова Уалиханова Торайгырова Панфилова Мауленова Кожамкулова Зенкова
  Макатаева Джангильдина Бекмаханова Достоевского Чайковского Маметовой Желтоксан Желтоқсан Басенова
  Саина Шагабутдинова Утепова Сайна Жибек Рыскулова Каблукова Абылай Тулебаева Иманова Раймбека
  Джандосова Кенесары Курмангазы Құрманғазы Шакарима Шәкәрім Ахунбаева Чуй Жангельдина
  Abaya Abaia Gagarina Seifullina Seyfullina Raiymbeka Rayimbeka Zhandosova Mailina Zhansugurova
  Baitursynova Nazarbayeva Nazarbaeva Furmanova Auezova Satpayeva Satpaeva Timiryazeva Pushkina
  Lenina Gogolya Tolstogo Shevchenko Mukanova Zhambyla Momyshuly Rozybakieva Baizakova Navoi
  Yesenberlina Mustafina Kunayeva Kunaeva Masanchi Valikhanova Panfilova Zheltoksan Basenova Saina Sayna
  Raimbeka Rayymbeka Dzhandosova Kenesary Kurmangazy Shakarima Shakarim
  Шаляпина Шолохова Алтынсарина Муратбаева Жубанова Мусрепова Чехова Лермонтова Маяковского Горького Калдаякова
  Букейханова Бокейхана Ломова Кирова Габдуллина Жумалиева Шарипова Ходжанова Мынбаева Дулати Айтиева Манаса
  Shalyapina Altynsarina Muratbayeva Muratbaeva Zhubanova Musrepova Chekhova Lermontova Gorkogo Bukeikhanova
  Достык Достық Dostyk Dostyq Тауелсиздик Тәуелсіздік Tauelsizdik
`);
/** Historical figures named by two words that no surname's ending shows, as Uzbek and Kyrgyz streets are named. */
export const STREET_EPONYM_PAIRS: readonly string[] = [
  "амир темур",
  "amir temur",
  "amir timur",
  "алишер навои",
  "alisher navoiy",
  "alisher navoi",
  "мирзо улугбек",
  "mirzo ulugbek",
  "бабур мирзо",
  "bobur mirzo",
  "жусуп баласагын",
  "jusup balasagyn",
];

/** First words of two-word street names, with their second words. */
export const STREET_EPONYMS_FIRST: readonly string[] = words(`
  Толе Төле Казыбек Қазыбек Айтеке Богенбай Бөгенбай Кабанбай Қабанбай Абылай Тауке Утеген Өтеген
  Наурызбай Naurizbai Nauryzbai Tole Kazybek Qazybek Aiteke Bogenbai Kabanbai Qabanbai Abylai Tauke Utegen
  Kabanbay Qabanbay Bogenbay Naurizbay Nauryzbay Abylay Бухар Buqar Bukhar
`);
export const STREET_EPONYMS_SECOND: readonly string[] = words(
  `би бий батыра батыр хана хан bi biy batyra batyr khana khan hana жырау jyrau zhyrau`,
);
/** A khan's or a hero's title in the genitive a street's name takes, after any capitalised name (`на Жангир хана, 12/1`). */
export const STREET_TITLE_GENITIVES: readonly string[] = words(`хана батыра khana batyra`);

/** Words before a street said by its name alone: on, along, near it, or its metro station (`на Гагарина`). */
export const STREET_BY_NAME_BEFORE: readonly string[] = words(`
  на по около возле вдоль до метро дома с со стороны через na po okolo vozle vdol do metro doma s so storony cherez on near
`);

/** Stems of words of complaint or attack two to four words before "на X": a person, not a street (`жалоба на Сейфуллина`). */
export const AGAINST_PERSON_STEMS: readonly string[] = words(`
  жалоб заявлени напал наехал донос пожалова нажалова смотр подал показал указал сослал zhalob zayavlen
  napal naehal donos
`);

/**
 * Stems of what says a place before "на X" (`в больнице на Кабдолова`, `стояли на Жансугурова`,
 * `повезли в наркологию на Кабдолова`): institutions, venues, being somewhere and going there. After
 * them a surname in the genitive, with no first name, is a street's name.
 */
export const LOCATED_STEMS: readonly string[] = words(`
  больниц поликлиник консультаци нарколог диспансер кожвен центр отдел сауна сауне кафе магазин
  остановк точк аптек клиник травмпункт роддом общежити квартир дом офис спецприём спецприем изолятор
  стоя стоял жив живу живёт живет жил езд ездил ехал поех повез увез отвез приех работа работал
`);

/** Rooms of a building, which no street is named (`Кабинет 305, 2 этаж`, `Room 12`). */
export const ROOM_WORDS: readonly string[] = words(
  `кабинет кабинете кабинета каб кабинеті кабинетте room ward палата палате бөлме бөлмесі зал`,
);

/** An Uzbek quarter's word after its number (`Чилонзор 9-мавзе`, `Sergeli 7-daha`): the district's name before it is the address's. */
export const NUMBERED_QUARTER_WORDS: readonly string[] = words(`мавзе mavze даха daha квартал kvartal`);

/** The microdistrict written with a slash (`Шұғыла ш/а`, `sh/a`), as its letters and slash. */
export const SLASHED_MICRODISTRICTS: readonly string[] = words(`ш/а sh/a ш/а. м/а m/a ы/а`);

/** Kazakh words after a place one goes toward or is at the side of (`Бурундай жаққа`, `Qonaev jaqqa`). */
export const TOWARD_WORDS: readonly string[] = words(`жаққа жақта жақтан жағына жағында jaqqa jaqta jaqtan jakka jakta zhakka zhakta`);

/** Prepositions in Latin letters: no street's name before `st.` (`Po st. 309`, an article). */
export const LATIN_PREPOSITIONS: readonly string[] = words(`po na v s k u ot do za iz`);

/** The Kazakh locative after a street's eponym, on its own or as an attribute (`Абайда`, `Сейфуллинде`, `Райымбектегі`, `abaida`). */
export const KAZAKH_LOCATIVE_ENDINGS: readonly string[] = words(`
  да де та те нда нде дағы дегі тағы тегі da de ta te nda nde dagy degi tagy tegi
`);
