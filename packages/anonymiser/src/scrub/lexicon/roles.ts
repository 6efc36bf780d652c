// Words after which a capitalised word is a person's name even when no lexicon knows it: ranks,
// roles and kinship, and the words that introduce a name. Russian words are declined when compiled.
import { words } from "./words.js";

/** Russian role nouns ending in a consonant (declined: капитан, капитана, капитану, …). */
export const RU_ROLES_CONSONANT: readonly string[] = words(`
  капитан майор лейтенант подполковник полковник сержант старшина прапорщик генерал инспектор
  следователь дознаватель опер оперативник прокурор судья адвокат юрист начальник
  замначальника заместитель врач доктор медбрат гинеколог нарколог венеролог дерматовенеролог терапевт
  фельдшер главврач сутенёр сутенер администратор админ мамасан хозяин директор охранник водитель
  таксист клиент координатор консультант соцработник психолог аутрич-работник свидетель куәгер гражданин
  респондент интервьюер документатор санитар информант переводчик волонтёр волонтер стажёр стажер
  господин сотрудник муж сожитель друг брат сын отец мент заявитель правонарушитель пациент житель уроженец
`);

/** Russian role adjectives used as nouns (declined: участковый, участкового, участковому, …). */
export const RU_ROLES_ADJECTIVE: readonly string[] = words(`
  участковый дежурный патрульный полицейский оперуполномоченный некий некая потерпевшая пострадавшая
  задержанная понятой понятая рядовой подсудимый подсудимая обвиняемый обвиняемая осуждённая осужденная
  подзащитный подзащитная потерпевший заведующий заведующая
`);

/** Russian role nouns ending in -а/-я (declined: медсестра, медсестры, медсестре, …). */
export const RU_ROLES_VOWEL: readonly string[] = words(`
  медсестра санитарка акушерка хозяйка мамочка подруга сестра гражданка госпожа работница девушка
  женщина соседка мама мамка респондентка клиентка сестрёнка сестренка тётя тетя информантка переводчица волонтёрка волонтерка стажёрка
  свидетельница правонарушительница доверительница жительница уроженка сутенёрша сутенерша
`);

/** Kazakh and English roles, and English titles (compared in lower case, uninflected). */
export const OTHER_ROLES: readonly string[] = words(`
  учаскелік инспектор дәрігер дәрігері медбике медбибі полицей полицейлер қызметкері қызметкер уәкіл
  свидетели потерпевшие задержанные подсудимые обвиняемые понятые
  tëti teti tyoti tetya tyot тёть теть sestra podruga mamka hozyain xozyain hozain hozyayin
  айыпталушы жауапкер талапкер жәбірленуші хатшы хатшысы тергеуші анықтаушы сотталушы прокурор сот судья заңгер әкімші сутенер сутенёр клиент жүргізуші күзетші капитан майор
  мейірбике мейірбикесі мейірбикеге медбикесі медбикенің мейірбикенің дәрігердің дәрігерге дәрігерді акушер акушерка директоры бастығы
  лейтенант сержант гинеколог апам әпкем құрбым досым күйеуім мать матери матерью дочь дочери
  officer captain major lieutenant sergeant inspector investigator detective prosecutor judge lawyer
  doctor dr nurse gynaecologist gynecologist pimp administrator client mamasan guard driver
  consultant coordinator chief colonel mr mrs ms miss constable superintendent commander friend
  husband boyfriend sister brother mother madam manager owner respondent interviewer witness survivor patient detainee victim complainant applicant
  citizen student volunteer peer daughter father son teacher translator neighbour neighbor landlord landlady uncle auntie aunt
  травматолог хирург терапевт уролог венеролог дерматолог нарколог психиатр фельдшер инфекционист дядя тётя тетя
  респондент респонденттің респондентке аёл ayol йигит yigit милиционер
  migrant мигрант мигрантка caller woman informant interviewee аудармашы
  medbike meyirbike meirbike meiirbike dariger däriger uchastkovy uchastkovyi uchastkovyy uchaskovy uchaskovyi uchaskovyy uchaskelik uchaskelіk tergeushi qyzmetker kyzmetker
  жәбірленуші жәбірленушінің жәбірленушіге жәбірленушіні азаматша азаматшаның zhabirlenushi jabirlenushi
  әкем анам ағам інім сіңлім күйеуі күйеуіне күйеуімен атам шавҳарам erim akam акам
  куә куәнің зертханашы жүкті zerthanashy kuä kua
  nauqastyn naukastyn nauqastyń naýqastyń naýqas azamatsha azamatşa politsei policei polisei polisey sutener ment zheke науқас науқасқа науқасты nauqas naukas пациентка пациенткой pacientka
`);

/** Words between a role and the name that do not break the link (`капитан полиции Иванов`). */
export const ROLE_QUALIFIERS: readonly string[] = words(`
  полиции юстиции старший старшего старшему старшим младший младшего главный главного районный
  районного участковый участкового инспектор инспектора сауны сауне отдела отделения ДВД УВД РОВД
  патрульной службы the a an police district deputy senior junior head chief of security sauna
  precinct полиция старшина моя мой наша наш менің біздің my our этот эта тот марқұм құрметті qurmetti kurmetti
`);

/** Words right before a name that introduce it (`по прозвищу Бек`, `nicknamed Bek`). */
export const NAME_INTRODUCERS: readonly string[] = words(`
  прозвищу кличке прозвище кличка зовут звали имени фамилии представился представилась klichke prozvishu
  представляется представлялся подписывался подписывалась named called nicknamed nickname
  лақап есімі аты позывной позывным позывного кличкой прозвищем погоняло погонялу погонялом
  себя himself herself зови зовите называй называйте называли называла называл называют zovi zovut zvali
  nazyvali слов показаниям показаниями инициалами инициалы инициалдары initials назвалась назвался звал звала
  представившимся представившаяся представившейся представившийся подписалась подписался именем calls
  кейс кейсу кейсе кейса кейсі кейсінде кейсіне
  имя thx thanks назвавшаяся назвавшийся назвавшейся назвавшимся назвавшуюся атым atym номим nomim ismim исмим
`);

/**
 * Words right after a name that mark it as one (`Жанар апай`, `Ахметов деген полицей`), Kazakh
 * honorifics and the Kyrgyz эже with their case endings; read in either script (`apaiǵa`, `apay`).
 */
export const NAME_MARKERS_AFTER: readonly string[] = words(`
  апай апайдың апайға апайды апаймен апайдан әпке әпкеміз апа аға ағай ағайдың ағайға тәте ханым мырза апам апамның апама
  ағаның ағаға ағаны апаның апаға әпкенің әпкеге әпкені аттас жаным janym жан jan джан dzhan атына эже эжеке эжеге эжени эженин
  деген атты есімді degen опа opa опага opaga
  байке байкеге байкем baike bayke ака aka акажон akajon ханум xonim хоним хола xola акани акага akani akaga опани опага
  opani hede һеде
`);
