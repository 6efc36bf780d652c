// Words that say what a nearby number is: a phone, an IIN, an identity document, money.
import { words } from "./words.js";

/** Stems of words that announce a phone number (`тел.`, `позвоните`, `WhatsApp`, `нөмірім`). */
export const PHONE_KEYWORD_STEMS: readonly string[] = words(`
  тел телеф моб сотов звон позвон созвон whatsapp ватсап вотсап вацап телеграм telegram
  phone tel mobile cell call нөмір номер қоңырау хабарлас домашн рабоч viber вайбер
`);

/** A number's word, a phone's only when no document's or plate's word is near (`номер`, `nomer`, Uzbek `raqam`). */
export const WEAK_PHONE_WORD_LIST: readonly string[] = words(`
  номер номера номеру номером номере нөмір нөмірі нөмірім number nomer nomeri nomir nomiri nömir raqam raqami
`);

/**
 * Words a table's column is named with (`case_id`, `victim_age`, `sum_kzt`): a name of such words
 * joined by underscores is a column's, not a nick (with the English words no name is made of).
 */
export const DATA_FIELD_WORDS: readonly string[] = words(`
  id no num nr age sum kzt usd date dob city region type status known unknown count total amount name
  first last full sex gender code ref key value yes notes comment comments
`);

/**
 * Words after which a nick written without its `@` is a handle (`ник`, `аккаунт`, a network's name,
 * with its case endings), as patterns: `ник в телеге Kisa_777`, `под ником Sweet_Aru`,
 * `Instagramda aruka_astana`, `мой скайп: nastena.krg88`.
 */
export const HANDLE_CUE_WORDS: readonly string[] = words(String.raw`
  ник(?:нейм)?(?:ім|ым|ің|ың|ом|а|у|е|и)? логин юзернейм аккаунт\p{L}{0,3} nick(?:name)? login username
  handle account profile профил\p{L}{0,3} страниц\p{L}{0,3} vk вк вконтакте facebook фейсбук\p{L}{0,3}
  tiktok тикток\p{L}{0,3} insta(?:gram)?(?:da|ta|ga|tan|dan|nan|nen)? инст(?:аграм)?\p{L}{0,5} skype
  скайп\p{L}{0,3} телег(?:а|е|у|и|рам\p{L}{0,4}) telegram telega tg
`);

/** Words that announce an IIN (in lower case). */
export const IIN_KEYWORDS: readonly string[] = words(`иин жсн iin иин-ы жсн-ы`);

/** An organisation's business identification number's word (`БИН 110540018726`): public, no person's. */
export const BUSINESS_NUMBER_WORDS: readonly string[] = words(`бин бсн bin`);

/**
 * Stems of words that announce a document whose number leads to a file with the person's name:
 * identity documents and badges (`удостоверение личности № 041276395`, `жетон 04418`), migrants' work
 * patents (`патент 75-24-0412881`), court and
 * administrative cases, protocols and resolutions, КУИ and ЕРДР, medical cards and case histories,
 * referrals, registration coupons, complaints and enforcement proceedings; letters in and out, and
 * the NGO's own cases and logs (`Кейс 2024-АЛА-0412`, `журнал № 412`), which lead to her file too.
 */
export const DOCUMENT_KEYWORD_STEMS: readonly string[] = words(`
  паспорт удостовер удост куәлі куәлік жетон жетона badge passport свидетельств водительск
  миграционн migration migratsion migrant серии серия нагрудн төсбелгі значк патент patent шиноснома shinosnoma mrn
  протокол хаттама protocol постановлен қаулы resolution ruling решени определени
  медкарт амбулатор карт карточк болезни ауру тарих medical outpatient record
  направлен жолдама referral талон coupon регистрац тіркеу обращени жалоб шағым complaint
  производств proceeding дело делу деле делом дела кусп kusp төлқұжат заявлен арыз өтініш
  report appeal applicat registration decision enforcement ticket документ document құжат history sick
  licence license affidavit учётн учетн каттоо kattoo жшшир jshshir пинфл pinfl
  нетрудоспособн жарамсыздық диспансер dispanser есеп esep баённома bayonnoma баённомаси tarix tarih kasallik tirkeý anyqtam
  zheton jeton token protokol hattama khattama postanovlen qauly kauly pasport udostoveren
  бодикамер видеорегистратор bodycam экспертиз сараптам выписк үзінді вызов eotinish еотініш еотиниш
  otinish e-otinish заключени қорытынд полис осмс омс policy insurance рецепт prescription больничн
  расследован identity kuaelik kuaelig листок sick-leave kart medkart судмед справк spravk tosbelgi tösbelgi zholdama joldama kualik kuәlik куәлік
  kuälik kuälig kualig kuälı kuäli udos polis osms register удос освидетельствован зарегистр анықтам
  tırkeu tirkeu эпикриз epikriz permit разрешени razreshen жительств zhitelstv ықтиярхат yqtiiarkhat kuelik kuelig страховк straxovk strakhovk бейдж bejdzh napravlen kuәlig
  кейс keis журнал zhurnal jurnal входящ исходящ vkhodyash iskhodyash книжк knizhk досье murojaat мурожаат dispensary certificat keys holat qayd incoming outgoing zhalob
`);

/**
 * Words that announce a document only with a number's sign right after them (a clinic's `card no.
 * G-31047`, not `by card 5000`; Uzbek's case, `ish raqami 4-1182-2024`, not `ish` "work"; a log's
 * `#412`; an incident's, `Incident #BSK-24-019`; a lawyer's request, `запрос № АЗ-118`; a log's
 * entry, `запись № 0417`; an answer's or a Kazakh letter out's, `Ответ № 14-2/118`, `шығыс № НКО-24/077`).
 */
export const SIGNED_DOCUMENT_WORDS: readonly string[] = words(
  `card материал material ish иш log incident запрос запроса запросу запросом zapros запись записи zapis zapisi ответ ответа ответе жауап жауабы шығыс`,
);

/**
 * Abbreviations that announce a registered paper's number when written with their full stop
 * (`ref. 2-0412-23-01578`, `reg. no. AK-24-000318`, Kazakh's and Kyrgyz outgoing `шығ. № ҚҚ-24/112`, `чыг. № 7/2-1408`): the
 * register it is in leads to her complaint.
 */
export const ABBREVIATED_DOCUMENT_WORDS: readonly string[] = words(`ref reg рег шығ кір чыг vh vkh iskh`);

/** …or with a clinic's word before them, no sign needed (`Clinic card AC-77120`). */
export const CLINIC_CARD_WORDS: readonly string[] = words(`clinic patient patient's hospital ambulance`);

/** Words those stems would take that name no document (a serial number, a painting, doing). */
export const NOT_DOCUMENT_STEMS: readonly string[] = words(`
  сериял серийн картин картош картоф делал делать делает делаю делаем kartin kartosh kartof reported reporting
`);

/**
 * Words between a number and the Kazakh document word after it (`0093418 нөмірлі хаттама`,
 * `№ 2-1187/2015 сот ісі`): the number's own word, or a word that qualifies the document.
 */
export const DOCUMENT_NUMBER_WORDS_AFTER: readonly string[] = words(`
  нөмірлі номерлі санды сот әкімшілік қылмыстық азаматтық медициналық амбулаторлық
`);

/**
 * Words that announce such a number only as whole words (`уд.`, `ID`, `іс`, `case`, `КУИ`, `ЕРДР`, an officer's `личный номер`,
 * a clinic's information system's `МИС`).
 */
export const DOCUMENT_KEYWORDS: readonly string[] = words(`
  уд ву дисп id внж іс ісі ісінің ıs case file куи kui ердр erdr ерпп erpp регистр регистра регистру регистре вх исх рег смэ сот-медициналық delo dela белгісі белгісінің
  груди grudi мис mis пасп pasp пин pin инн inn
  body-camera body-cam қжт кжт qzht kzht акт акта акте сдтб sdtb sme
  личный личным личного личном lichnyi lichnym актісі актісінің aktisi
`);

/**
 * Stems of words after a number that make it an amount of money, an age, a count or a bus route, not a phone
 * or a house number (a one-letter stem must be the whole word: `г.`, `ж.`).
 */
export const AMOUNT_WORD_STEMS: readonly string[] = words(`
  тенге теңге тг тнг kzt ₸ руб rub usd долл доллар евро eur сом сум мрп mci лет жыл жас год час
  сағ минут мин дн сут мес раз тыс млн мың миң tys mln myń ming miń thousand million tenge som dollar year hour day month
  time week недел апта процент человек адам adam chelovek ж г
  девуш девоч девчон женщин devush devoch devchon zhenshin машин mashin встреч vstrech
  zhast jast zhasar jasar let goda god zhyl jyl chas sagat saǵat sağat minut yosh ёш sutok sutki dn kun kün
  контакт kontakt байланыс рейд reid raid километр kilometr айда айға айлық
  әйел қыз aiel äiel qyz kyz
  автобус маршрут троллейбус трамва avtobus marshrut bus
`);

/** Stems of verbs of sending money, after a round sum (`картаға 3000 салшы`): the sum is no document's number. */
export const SENT_STEMS: readonly string[] = words(`
  жібер салш салып салдым jiber zhiber salsh salyp saldym перевел скинул кинул отправил переведу скину отправлю
`);

/** Stems of words about money or fines: a grouped number after them (22-33-44) is no phone. */
export const MONEY_WORD_STEMS: readonly string[] = words(`
  штраф сумм взятк деньг оплат заплат айыппұл ақша пара fine bribe paid pay amount shtraf oplat oplach vzyat dengi aiyppul aıyppul aqsha
`);

/** A state's abbreviation before a №: it numbers a law, which is public (`Закон РК № 480-IV`). */
export const STATE_ABBREVIATIONS: readonly string[] = words(`рк қр кр рф руз rk kr rf мвд іім ішм mvd`);

/**
 * Who issued a paper or received it, before its number and not part of it: a state (паспорт РТ
 * 400517902: Tajikistan, Kazakhstan, Kyrgyzstan, Russia, Belarus) or a police body (входящий ДП №
 * 3-1/5580).
 */
export const ISSUER_ABBREVIATIONS: readonly string[] = words(`РТ РК КР РФ РБ RT RK KR RF ДП УП ОП ДВД МВД`);

/** A register's own word for its number after its acronym (`ҚЖТ нөмірі 2418-11-0042`). */
export const REGISTER_NUMBER_WORDS: readonly string[] = words(`нөмірі номер номері nomeri nomer`);

/** Public and emergency lines, no one's file (police 102, ambulance 103, 112, the e-government line 1414). */
export const HELPLINE_NUMBERS: readonly string[] = words(`101 102 103 104 112 1414`);

/** A form's word before its number (`формы 035-2/у`): the number says which form, not whose. */
export const FORM_WORDS: readonly string[] = words(`формы форма форме нысан нысанды form`);

/** Stems of receipts and cheques, numbered themselves: a number after one is its, not a document's before it. */
export const RECEIPT_STEMS: readonly string[] = words(`квитанц чек түбіртек receipt kvitanc chek`);

/** A date's word after a document's number (`№ 0012845 от 14.01.2024`). */
export const DATED_WORDS: readonly string[] = words(`от ot dated of`);

/** A law's article before its number, between a document's word and the document's number (`протоколы по ст. 449 КоАП РК: № …`). */
export const ARTICLE_WORDS: readonly string[] = words(`ст статьи статье статья art article`);

/** A number's own word in Russian, Kazakh and Uzbek (`номер направления 341`, `нөмірі 2418`, `raqami KT-66182`). */
export const NUMBER_WORDS: readonly string[] = words(
  `номер номері нөмірі нөмір nomer nomeri nómiri nómir raqami raqam рақами рақам raqamim рақамим нөмірім nomirim`,
);

/**
 * Words whose number names no one's file, as patterns of whole words: a room's, a lab sample's, a
 * test kits' batch's, a device's serial, a payment's (`в кабинете № 214`, `Пробирка № 1187`,
 * `образец № 58-2231`, `партия тест-систем № 4417-B`, `ID перевода 2409…`).
 */
export const NOT_A_FILE_WORDS: readonly string[] = words(String.raw`
  кабинет\p{L}* каб палат\p{L}* комнат\p{L}* room ward пробирк\p{L}* образ(?:ец|ца|цу|цом|це) sample tube
  перевод\p{L}* платеж\p{L}* платёж\p{L}* транзакци\p{L}* transaction transfer
  договор\p{L}* contract грант\p{L}* grant шарт\p{L}* вакцин\p{L}* vaccine batch lot
  код(?:а|у|ом|ы|е|ов|ами|ымен|тар)? kod(?:i|u|a)? code codes specimen
  образц\p{L}* проб(?:а|ы|у|ой|е)? парти(?:я|и|ю|ей) экспресс-тест\p{L}* тест-систем\p{L}*
  сериял\p{L}* серийн\p{L}* serial
`);

/** Words a series stands after before its `№` (`серии 02 № 1128447`). */
export const SERIES_WORDS: readonly string[] = words(`серии серия seriya series сериясы`);
