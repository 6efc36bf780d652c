import type { Localised } from "@redumbrella/questionnaire";

/** The words of a rule: its title, the message of its findings, and what it means for her. */
export interface RuleTexts {
  readonly title: Localised;
  readonly messages: Localised;
  readonly explain: Localised;
}

// Where to turn, said once: the report's recommendations name the prosecutor's office, the
// Department of Internal Affairs, the clinic's head, the Regional Health Department and AIDS Center.
const PROSECUTOR: Localised = {
  en: "The NGO's legal consultant can help you complain to the prosecutor's office, and stand by you if you are pressed to withdraw it.",
  ru: "Юрист общественной организации поможет подать жалобу в прокуратуру и поддержит вас, если на вас будут давить, чтобы вы её забрали.",
  kk: "Қоғамдық ұйымның заң кеңесшісі прокуратураға шағым беруге көмектеседі және шағымды кері қайтарып алуға қысым көрсетілсе, сізге қолдау көрсетеді.",
};
const HEALTH: Localised = {
  en: "You can complain to the head of the medical institution, to the Regional Health Department or to the Regional AIDS Center; the NGO can help you.",
  ru: "Вы можете пожаловаться руководителю медицинского учреждения, в областное управление здравоохранения или в областной центр СПИД; общественная организация поможет.",
  kk: "Медициналық ұйымның басшысына, облыстық денсаулық сақтау басқармасына немесе облыстық ЖИТС орталығына шағым бере аласыз; қоғамдық ұйым көмектеседі.",
};
const help = (text: Localised, more: Localised): Localised => ({
  en: `${text.en} ${more.en}`,
  ru: `${text.ru} ${more.ru}`,
  kk: `${text.kk} ${more.kk}`,
});

/** The words of the rules on what officials, and private persons, did to her: one entry per kind of act. */
export const MISCONDUCT_TEXTS = {
  illTreatment: {
    title: {
      en: "Beating or torture by an official",
      ru: "Избиение или пытки со стороны должностного лица",
      kk: "Лауазымды адамның ұруы немесе азаптауы",
    },
    messages: {
      en: "Police officers or medical staff beat or tortured her: cruel, inhuman or degrading treatment, forbidden without exception and a crime.",
      ru: "Сотрудники полиции или медицинские работники избили её или подвергли пыткам: это жестокое, бесчеловечное или унижающее достоинство обращение, запрещённое без исключений, и преступление.",
      kk: "Полиция қызметкерлері немесе медицина қызметкерлері оны ұрған немесе азаптаған: бұл — ешбір ерекшеліксіз тыйым салынған қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекет және қылмыс.",
    },
    explain: help(
      {
        en: "Nobody may beat or torture you — not the police, not a doctor — whatever your work. It is a crime, and the Constitution and the Convention against Torture forbid it. If you can, ask soon for a forensic medical examination and keep every medical record.",
        ru: "Никто не вправе бить или пытать вас — ни полиция, ни врач, — какой бы ни была ваша работа. Это преступление, его запрещают Конституция и Конвенция против пыток. Если можете, как можно скорее пройдите судебно-медицинское освидетельствование и сохраните все медицинские документы.",
        kk: "Сіздің жұмысыңыз қандай болса да, ешкім — полиция да, дәрігер де — сізді ұруға немесе азаптауға құқылы емес. Бұл — қылмыс, оған Конституция мен Азаптауға қарсы конвенция тыйым салады. Мүмкін болса, тезірек сот-медициналық куәландырудан өтіңіз және барлық медициналық құжаттарды сақтаңыз.",
      },
      PROSECUTOR,
    ),
  },
  sexualViolence: {
    title: {
      en: "Sexual violence by an official",
      ru: "Сексуальное насилие со стороны должностного лица",
      kk: "Лауазымды адамның жыныстық зорлық-зомбылығы",
    },
    messages: {
      en: "Police officers (or medical staff) sexually abused or raped her, alone or as a group: a grave crime and torture under international law.",
      ru: "Сотрудники полиции (или медицинские работники) подвергли её сексуальному насилию или изнасиловали, в одиночку или группой: это тяжкое преступление и пытка по международному праву.",
      kk: "Полиция қызметкерлері (немесе медицина қызметкерлері) оған жыныстық зорлық-зомбылық көрсеткен немесе жалғыз не топ болып зорлаған: бұл — ауыр қылмыс және халықаралық құқық бойынша азаптау.",
    },
    explain: help(
      {
        en: "Rape and any sexual act forced on you are crimes, whoever you are and whatever your work — and by a police officer they are also torture. It is not your fault. If it was recent, a forensic examination can keep the evidence; the NGO can go with you.",
        ru: "Изнасилование и любые навязанные вам сексуальные действия — преступления, кем бы вы ни были и какой бы ни была ваша работа, а со стороны полицейского это ещё и пытка. Вы не виноваты. Если это случилось недавно, судебно-медицинская экспертиза сохранит доказательства; общественная организация может пойти с вами.",
        kk: "Зорлау және сізге күштеп жасалған кез келген жыныстық әрекет — сіз кім болсаңыз да, жұмысыңыз қандай болса да, қылмыс, ал полиция қызметкері жасаса, бұл азаптау да болып табылады. Сіз кінәлі емессіз. Егер бұл жақында болса, сот-медициналық сараптама дәлелдерді сақтайды; қоғамдық ұйым сізбен бірге бара алады.",
      },
      PROSECUTOR,
    ),
  },
  extortion: {
    title: {
      en: "Extortion by an official",
      ru: "Вымогательство со стороны должностного лица",
      kk: "Лауазымды адамның қорқытып алушылығы",
    },
    messages: {
      en: "Officials extorted money from her, or she paid money into an officer's hands: no lawful payment goes to an officer.",
      ru: "Должностные лица вымогали у неё деньги, или она отдала деньги в руки сотруднику: никакой законный платёж не передаётся сотруднику в руки.",
      kk: "Лауазымды адамдар одан ақша қорқытып алған немесе ол ақшаны қызметкердің қолына берген: ешбір заңды төлем қызметкердің қолына берілмейді.",
    },
    explain: help(
      {
        en: "A lawful fine is paid to the state with an official receipt. Money demanded by a police officer or a doctor under threat, or paid into an officer's hands, is extortion — a crime. Write down when, where and, if you can, who.",
        ru: "Законный штраф платят государству и получают официальную квитанцию. Деньги, которые полицейский или врач требует под угрозой, или деньги, отданные сотруднику в руки, — это вымогательство, то есть преступление. Запишите, когда, где и, если можете, кто.",
        kk: "Заңды айыппұл мемлекетке төленеді және ресми түбіртек беріледі. Полиция қызметкері немесе дәрігер қоқан-лоқымен талап еткен ақша не қызметкердің қолына берілген ақша — қорқытып алушылық, яғни қылмыс. Қашан, қайда және мүмкін болса кім екенін жазып алыңыз.",
      },
      PROSECUTOR,
    ),
  },
  robbery: {
    title: { en: "Robbery by an official", ru: "Грабёж со стороны должностного лица", kk: "Лауазымды адамның тонауы" },
    messages: {
      en: "Officials took her money or belongings: open theft by an official, not a lawful seizure.",
      ru: "Должностные лица забрали её деньги или вещи: это открытое хищение со стороны должностного лица, а не законное изъятие.",
      kk: "Лауазымды адамдар оның ақшасын немесе заттарын алып қойған: бұл заңды алып қою емес, лауазымды адамның ашық ұрлығы.",
    },
    explain: help(
      {
        en: "The police may seize things only with a protocol that lists them, and must return what is not evidence. Taking your money, phone or valuables without a protocol is robbery.",
        ru: "Полиция может изымать вещи только по протоколу с их описью и обязана вернуть то, что не является доказательством. Забрать ваши деньги, телефон или ценности без протокола — это грабёж.",
        kk: "Полиция заттарды тек тізімделген хаттамамен алып қоя алады және дәлелдеме болып табылмайтынын қайтаруға міндетті. Ақшаңызды, телефоныңызды немесе құнды заттарыңызды хаттамасыз алу — тонау.",
      },
      PROSECUTOR,
    ),
  },
  unlawfulDetention: {
    title: {
      en: "Detention the law of the day does not allow",
      ru: "Задержание, которого не допускает закон того дня",
      kk: "Сол күнгі заң жол бермейтін ұстап алу",
    },
    messages: {
      en: "She was held without a detention protocol, or for more than 72 hours without a court: detention the law in force that day does not allow.",
      ru: "Её удерживали без протокола задержания или более 72 часов без суда: закон, действовавший в тот день, такого задержания не допускает.",
      kk: "Ол ұстап алу хаттамасынсыз немесе сотсыз 72 сағаттан астам ұсталған: сол күні күшінде болған заң мұндай ұстап алуға жол бермейді.",
    },
    explain: help(
      {
        en: "Detention must be recorded in a protocol, and without a court's decision nobody may be held longer than 72 hours. Ask for a copy of the protocol; if there was none, or you were held longer, the detention was unlawful.",
        ru: "Задержание должно быть оформлено протоколом, а без решения суда никого нельзя удерживать дольше 72 часов. Попросите копию протокола; если его не было или вас держали дольше, задержание было незаконным.",
        kk: "Ұстап алу хаттамамен ресімделуі тиіс, ал сот шешімінсіз ешкімді 72 сағаттан артық ұстауға болмайды. Хаттаманың көшірмесін сұраңыз; егер ол болмаса немесе сізді одан ұзақ ұстаса, ұстап алу заңсыз болған.",
      },
      PROSECUTOR,
    ),
  },
  detentionReported: {
    title: {
      en: "Detention she reports as unlawful, to look into",
      ru: "Задержание, которое она называет незаконным: требует проверки",
      kk: "Ол заңсыз деп атаған ұстап алу: тексеру керек",
    },
    messages: {
      en: "She reports an unlawful detention, but the record holds no detail of it (hours, protocol, court) to judge it against the law.",
      ru: "Она сообщает о незаконном задержании, но в записи нет подробностей (часы, протокол, суд), чтобы оценить его по закону.",
      kk: "Ол заңсыз ұстап алу туралы хабарлайды, бірақ жазбада оны заң бойынша бағалауға қажетті мәліметтер (сағаттар, хаттама, сот) жоқ.",
    },
    explain: help(
      {
        en: "To show a detention was unlawful, it helps to know how long you were held, whether a protocol was drawn up and whether you saw a judge. Tell your documentator what you remember.",
        ru: "Чтобы показать, что задержание было незаконным, важно знать, сколько часов вас держали, составлялся ли протокол и был ли суд. Расскажите документатору, что вы помните.",
        kk: "Ұстап алудың заңсыз болғанын көрсету үшін сізді қанша сағат ұстағанын, хаттама жасалғанын және сот болғанын білу маңызды. Есіңізде қалғанын құжаттаушыға айтыңыз.",
      },
      PROSECUTOR,
    ),
  },
  documents: {
    title: { en: "Passport taken by the police", ru: "Паспорт изъят полицией", kk: "Төлқұжатты полиция алып қойған" },
    messages: {
      en: "The police took her passport or identity papers: lawful only with a protocol and a legal ground, which the record does not show.",
      ru: "Полиция забрала её паспорт или документы: это законно только по протоколу и при законном основании, которых запись не показывает.",
      kk: "Полиция оның төлқұжатын немесе құжаттарын алып қойған: бұл тек хаттамамен және заңды негіз болғанда ғана заңды, ал жазбада олар көрсетілмеген.",
    },
    explain: help(
      {
        en: "Your passport is yours: the police may not keep it to control you. Without it you can lose access to medical care and other services. Ask for it back and for the paper that says why it was taken.",
        ru: "Ваш паспорт принадлежит вам: полиция не вправе удерживать его, чтобы контролировать вас. Без него вы можете лишиться доступа к медицинской помощи и другим услугам. Потребуйте вернуть его и выдать документ о причине изъятия.",
        kk: "Төлқұжатыңыз — сіздікі: полиция сізді бақылау үшін оны ұстап қала алмайды. Онсыз медициналық көмекке және басқа қызметтерге қол жеткізе алмай қалуыңыз мүмкін. Оны қайтаруды және неге алынғаны туралы құжат беруді талап етіңіз.",
      },
      PROSECUTOR,
    ),
  },
  conditions: {
    title: { en: "Conditions of detention", ru: "Условия содержания под стражей", kk: "Ұстау жағдайлары" },
    messages: {
      en: "She reports the conditions she was held in: a person deprived of liberty must be treated humanely and with respect for her dignity.",
      ru: "Она сообщает об условиях, в которых её содержали: с лицом, лишённым свободы, должны обращаться гуманно и с уважением к достоинству.",
      kk: "Ол өзі ұсталған жағдайлар туралы хабарлайды: бостандығынан айырылған адамға ізгілікпен және қадір-қасиетін құрметтей отырып қарау керек.",
    },
    explain: help(
      {
        en: "When you are held by the police you keep the right to water, food, a toilet, rest and humane treatment. Tell your documentator what the conditions were.",
        ru: "Когда вас удерживает полиция, у вас сохраняется право на воду, еду, туалет, отдых и гуманное обращение. Расскажите документатору, какими были условия.",
        kk: "Полиция сізді ұстап тұрғанда су, тамақ, дәретхана, демалыс және ізгілікті қарым-қатынас құқығыңыз сақталады. Жағдайлар қандай болғанын құжаттаушыға айтыңыз.",
      },
      PROSECUTOR,
    ),
  },
  careRefused: {
    title: { en: "Medical care refused", ru: "Отказ в медицинской помощи", kk: "Медициналық көмектен бас тарту" },
    messages: {
      en: "Medical staff refused her care because she is a sex worker, or the police refused her medical aid in detention: discrimination in access to health care.",
      ru: "Медицинские работники отказали ей в помощи из-за того, что она секс-работница, или полиция отказала ей в медицинской помощи при задержании: это дискриминация в доступе к медицинской помощи.",
      kk: "Медицина қызметкерлері оның секс-қызметкер екені үшін көмек көрсетуден бас тартқан немесе полиция ұстап алу кезінде медициналық көмектен бас тартқан: бұл — медициналық көмекке қол жеткізудегі кемсіту.",
    },
    explain: help(
      {
        en: "Nobody may be refused medical care because of her work, and a person held by the police has the right to medical help. You have the right to a guaranteed volume of free medical care.",
        ru: "Никому нельзя отказать в медицинской помощи из-за работы, а задержанный полицией человек имеет право на медицинскую помощь. У вас есть право на гарантированный объём бесплатной медицинской помощи.",
        kk: "Ешкімге жұмысына байланысты медициналық көмектен бас тартуға болмайды, ал полиция ұстаған адамның медициналық көмек алуға құқығы бар. Сіздің тегін медициналық көмектің кепілдік берілген көлемін алуға құқығыңыз бар.",
      },
      HEALTH,
    ),
  },
  freeCare: {
    title: {
      en: "Right to free care not explained",
      ru: "Право на бесплатную помощь не разъяснено",
      kk: "Тегін көмек алу құқығы түсіндірілмеген",
    },
    messages: {
      en: "Medical staff did not explain her right to the guaranteed volume of free medical care.",
      ru: "Медицинские работники не разъяснили ей право на гарантированный объём бесплатной медицинской помощи.",
      kk: "Медицина қызметкерлері оған тегін медициналық көмектің кепілдік берілген көлемін алу құқығын түсіндірмеген.",
    },
    explain: help(
      {
        en: "Every citizen has the right to a guaranteed volume of free medical care, and the clinic must tell you what it covers. Ask the clinic, the AIDS Center or the NGO what you are entitled to.",
        ru: "Каждый гражданин имеет право на гарантированный объём бесплатной медицинской помощи, и медицинское учреждение обязано сказать, что в него входит. Спросите в поликлинике, СПИД-центре или общественной организации, на что вы имеете право.",
        kk: "Әрбір азаматтың тегін медициналық көмектің кепілдік берілген көлемін алуға құқығы бар, ал медициналық ұйым оған не кіретінін айтуға тиіс. Емханадан, ЖИТС орталығынан немесе қоғамдық ұйымнан қандай көмекке құқығыңыз бар екенін сұраңыз.",
      },
      HEALTH,
    ),
  },
  disclosed: {
    title: { en: "HIV status disclosed", ru: "Разглашён ВИЧ-статус", kk: "АИТВ-статусы жария етілген" },
    messages: {
      en: "Her HIV status was disclosed to others: the confidentiality of an HIV diagnosis and of private life is protected by law, whoever discloses it.",
      ru: "Её ВИЧ-статус был разглашён другим: конфиденциальность диагноза ВИЧ и частной жизни охраняется законом, кто бы её ни нарушил.",
      kk: "Оның АИТВ-статусы басқаларға жария етілген: АИТВ диагнозының және жеке өмірдің құпиялылығын кім бұзса да, ол заңмен қорғалады.",
    },
    explain: help(
      {
        en: "Your HIV status is confidential. Nobody — medical staff, the police, a venue's administrator — may tell others about it.",
        ru: "Ваш ВИЧ-статус конфиденциален. Никто — ни медицинские работники, ни полиция, ни администратор заведения — не вправе сообщать о нём другим.",
        kk: "Сіздің АИТВ-статусыңыз — құпия. Ешкім — медицина қызметкерлері де, полиция да, мекеменің әкімшісі де — ол туралы басқаларға айтуға құқылы емес.",
      },
      HEALTH,
    ),
  },
  retaliation: {
    title: { en: "Retaliation for a complaint", ru: "Преследование за жалобу", kk: "Шағым үшін қудалау" },
    messages: {
      en: "She was pressed to withdraw her complaint, or punished for making it: a complainant must be protected against intimidation because of her complaint.",
      ru: "На неё давили, чтобы она забрала жалобу, или наказали за неё: заявитель должен быть защищён от запугивания в связи с жалобой.",
      kk: "Оған шағымын кері қайтарып алу үшін қысым көрсетілген немесе шағымы үшін жазаланған: шағым беруші шағымы үшін қорқытудан қорғалуға тиіс.",
    },
    explain: help(
      {
        en: "Threats or new charges to make you withdraw a complaint are themselves unlawful, and a withdrawal made under pressure can be reported.",
        ru: "Угрозы или новые обвинения, чтобы заставить вас забрать жалобу, сами по себе незаконны, а об отзыве жалобы под давлением можно сообщить.",
        kk: "Шағымыңызды кері қайтарып алуға мәжбүрлеу үшін жасалған қоқан-лоқы немесе жаңа айыптар өздері заңсыз, ал қысыммен кері қайтарылған шағым туралы хабарлауға болады.",
      },
      PROSECUTOR,
    ),
  },
  testByPolice: {
    title: { en: "HIV test forced by the police", ru: "Тест на ВИЧ по принуждению полиции", kk: "Полицияның мәжбүрлеуімен АИТВ-ға тест" },
    messages: {
      en: "The police forced her to take an HIV test or show its result: the police have no legal ground to order a medical test; HIV testing is voluntary and confidential.",
      ru: "Полиция принудила её пройти тест на ВИЧ или показать результат: у полиции нет законного основания назначать медицинское обследование; тестирование на ВИЧ добровольное и конфиденциальное.",
      kk: "Полиция оны АИТВ-ға тест тапсыруға немесе нәтижесін көрсетуге мәжбүрлеген: полицияның медициналық тексеру тағайындауға заңды негізі жоқ; АИТВ-ға тестілеу ерікті және құпия.",
    },
    explain: help(
      {
        en: "The police may not make you take an HIV test or show your results. You can test voluntarily and confidentially at the AIDS Center or a friendly clinic.",
        ru: "Полиция не вправе заставлять вас проходить тест на ВИЧ или показывать результаты. Пройти тест добровольно и конфиденциально можно в СПИД-центре или дружественном кабинете.",
        kk: "Полиция сізді АИТВ-ға тест тапсыруға немесе нәтижесін көрсетуге мәжбүрлей алмайды. Ерікті және құпия тестті ЖИТС орталығында немесе достық кабинетте тапсыруға болады.",
      },
      PROSECUTOR,
    ),
  },
  testByMedical: {
    title: {
      en: "HIV test by medical staff without her consent, to look into",
      ru: "Тест на ВИЧ медицинскими работниками без её согласия: требует проверки",
      kk: "Медицина қызметкерлерінің оның келісімінсіз АИТВ-ға тестілеуі: тексеру керек",
    },
    messages: {
      en: "Medical staff tested her for HIV against her will: the health orders provide for examination on clinical and epidemiological indications, but HIV testing is voluntary and confidential — whether the test kept to them is to be looked into.",
      ru: "Медицинские работники протестировали её на ВИЧ против её воли: приказы в сфере здравоохранения предусматривают обследование по клиническим и эпидемиологическим показаниям, но тестирование на ВИЧ добровольное и конфиденциальное — соблюдены ли они, нужно проверить.",
      kk: "Медицина қызметкерлері оны еркінен тыс АИТВ-ға тексерген: денсаулық сақтау саласындағы бұйрықтар клиникалық және эпидемиологиялық көрсетілімдер бойынша тексеруді көздейді, бірақ АИТВ-ға тестілеу ерікті және құпия — олардың сақталғанын тексеру керек.",
    },
    explain: help(
      {
        en: "Doctors may test for HIV on medical indications under the Ministry's rules, but only with counselling before and after, and the result is given to you alone. A test forced on you may break those rules.",
        ru: "Врачи могут проводить тест на ВИЧ по медицинским показаниям по правилам Министерства, но только с консультированием до и после, и результат сообщают только вам. Навязанный тест может нарушать эти правила.",
        kk: "Дәрігерлер Министрліктің қағидалары бойынша медициналық көрсетілімдермен АИТВ-ға тест жүргізе алады, бірақ тек тестке дейін және кейін кеңес беру арқылы, ал нәтижесі тек өзіңізге хабарланады. Күштеп жүргізілген тест бұл қағидаларды бұзуы мүмкін.",
      },
      HEALTH,
    ),
  },
  privateCrime: {
    title: {
      en: "A crime against her by a private person: referral",
      ru: "Преступление против неё со стороны частного лица: направить за помощью",
      kk: "Жеке тұлғаның оған қарсы қылмысы: көмекке жолдау",
    },
    messages: {
      en: "A client or another private person raped, beat, robbed or threatened her: a crime against her, to refer for help and, if she wishes, to report.",
      ru: "Клиент или другое частное лицо изнасиловали, избили, ограбили её или угрожали ей: это преступление против неё; нужно направить её за помощью и, если она хочет, сообщить о нём.",
      kk: "Клиент немесе басқа жеке тұлға оны зорлаған, ұрған, тонаған немесе қорқытқан: бұл — оған қарсы қылмыс; оны көмекке жолдау керек және, егер ол қаласа, бұл туралы хабарлау керек.",
    },
    explain: {
      en: "What a client did to you is a crime, whatever your work: a sex worker can be raped, and it is never your fault. You decide whether to report it. The NGO can help you get medical and psychological help and, if you wish, go with you to the police or the prosecutor's office.",
      ru: "То, что сделал с вами клиент, — преступление, какой бы ни была ваша работа: секс-работницу можно изнасиловать, и вы в этом никогда не виноваты. Вы сами решаете, сообщать ли об этом. Общественная организация поможет получить медицинскую и психологическую помощь и, если хотите, пойдёт с вами в полицию или прокуратуру.",
      kk: "Клиенттің сізге жасағаны — жұмысыңыз қандай болса да, қылмыс: секс-қызметкерді де зорлауға болады және бұған сіз ешқашан кінәлі емессіз. Бұл туралы хабарлау-хабарламауды өзіңіз шешесіз. Қоғамдық ұйым медициналық және психологиялық көмек алуға көмектеседі және, қаласаңыз, сізбен бірге полицияға немесе прокуратураға барады.",
    },
  },
  condomRefused: {
    title: {
      en: "Sex without a condom forced by a client, to look into",
      ru: "Секс без презерватива, навязанный клиентом: требует внимания",
      kk: "Клиент күштеп жасаған презервативсіз жыныстық қатынас: назар аудару керек",
    },
    messages: {
      en: "A client forced sex without a condom: consent given on the condition of a condom does not cover it; a matter for her health and, if she wishes, a referral.",
      ru: "Клиент принудил её к сексу без презерватива: согласие при условии презерватива на это не распространяется; это вопрос её здоровья и, если она хочет, направления за помощью.",
      kk: "Клиент оны презервативсіз жыныстық қатынасқа мәжбүрлеген: презерватив шартымен берілген келісім бұған қолданылмайды; бұл — оның денсаулығына қатысты мәселе және, егер ол қаласа, көмекке жолдау.",
    },
    explain: {
      en: "Being forced to have sex without a condom is violence, not part of your work. Post-exposure prophylaxis against HIV works best within 72 hours: the AIDS Center or the NGO can help you get it, and help you report it if you wish.",
      ru: "Принуждение к сексу без презерватива — это насилие, а не часть вашей работы. Постконтактная профилактика ВИЧ эффективнее всего в первые 72 часа: СПИД-центр или общественная организация помогут её получить и, если хотите, сообщить о случившемся.",
      kk: "Презервативсіз жыныстық қатынасқа мәжбүрлеу — зорлық-зомбылық, ол сіздің жұмысыңыздың бөлігі емес. АИТВ-ның байланыстан кейінгі алдын алуы алғашқы 72 сағатта ең тиімді: ЖИТС орталығы немесе қоғамдық ұйым оны алуға және, қаласаңыз, болған жағдай туралы хабарлауға көмектеседі.",
    },
  },
} as const satisfies Record<string, RuleTexts>;
