#include "demo_catalog.h"

#include <cmath>
#include <numbers>

namespace ardesk::demo {

// --- random helpers ------------------------------------------------------------------------

qint64 DemoRandom::uniform64(qint64 low, qint64 high)
{
    const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    const std::uint64_t wide = (static_cast<std::uint64_t>(next()) << 32) | next();
    return low + static_cast<qint64>(wide % span);
}

double DemoRandom::normal(double mean, double deviation)
{
    // Box-Muller on two uniforms; 1 - unit() is in (0, 1] so the logarithm is finite.
    const double u1 = 1.0 - unit();
    const double u2 = unit();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double DemoRandom::logNormal(double mu, double sigma)
{
    return std::exp(normal(mu, sigma));
}

double DemoRandom::exponential(double mean)
{
    return -mean * std::log(1.0 - unit());
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int draw = uniform(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (draw < weights[i])
            return static_cast<int>(i);
        draw -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

// --- countries ---------------------------------------------------------------------------------

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u'|');
}

QList<City> cities(const char *text)
{
    QList<City> result;
    for (const QString &entry : words(text)) {
        const qsizetype colon = entry.indexOf(u':');
        result.append({entry.left(colon), entry.mid(colon + 1)});
    }
    return result;
}

QList<CountryFlavour> makeFlavours()
{
    QList<CountryFlavour> list;

    CountryFlavour de;
    de.country = QStringLiteral("DE");
    de.timeZone = QStringLiteral("Europe/Berlin");
    de.language = QStringLiteral("de");
    de.currency = QStringLiteral("EUR");
    de.regionIndex = 0;
    de.phonePrefix = QStringLiteral("+49");
    de.apMailbox = QStringLiteral("buchhaltung");
    de.cities = cities("Berlin:30|Hamburg:40|München:89|Köln:221|Frankfurt am Main:69|Stuttgart:711|Düsseldorf:211|"
                       "Leipzig:341|Dortmund:231|Essen:201|Bremen:421|Dresden:351|Hannover:511|Nürnberg:911|"
                       "Duisburg:203|Bielefeld:521|Bonn:228|Münster:251|Karlsruhe:721|Mannheim:621|Augsburg:821|"
                       "Wiesbaden:611|Freiburg:761|Kiel:431|Rostock:381|Regensburg:941|Ulm:731|Ingolstadt:841|"
                       "Osnabrück:541|Kassel:561");
    de.surnames = words("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|"
                        "Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|"
                        "Werner|Krause|Meier|Lehmann|Huber|Kaiser|Fuchs|Vogel|Keller|Jung|Frank|Berger|Roth|Beck|"
                        "Lorenz|Baumann|Albrecht|Winkler|Sommer|Brandt|Haas|Graf|Seidel|Dietrich|Kühn|Pohl");
    de.femaleFirstNames = words("Anna|Sabine|Julia|Katrin|Claudia|Petra|Laura|Nicole|Sandra|Melanie|Stefanie|"
                                "Andrea|Monika|Lena|Birgit|Susanne|Christina|Jana|Heike|Miriam");
    de.maleFirstNames = words("Thomas|Michael|Stefan|Andreas|Markus|Jan|Tobias|Florian|Matthias|Christian|Jürgen|"
                              "Uwe|Frank|Sebastian|Daniel|Alexander|Klaus|Peter|Dirk|Oliver");
    de.brandHeads = words("Nord|Süd|West|Ost|Rhein|Elb|Main|Alpen|Hansa|Isar|Spree|Donau|Taunus|Harz|Eifel|Weser|"
                          "Ober|Mittel|Berg|Wald|Stahl|Tech|Euro|Inter|Pro");
    de.brandTails = words("werk|tec|tronik|stahl|bau|plan|form|haus|log|tex|med|chem|data|netz|kraft|guss|holz|licht|"
                          "druck|mechanik|systeme|metall");
    de.trades = words("Maschinenbau|Logistik|Elektrotechnik|Metallbau|Haustechnik|Verpackung|Feinmechanik|"
                      "Kunststofftechnik|Baustoffe|Spedition|Druckerei|Medizintechnik|Anlagenbau|Handel|"
                      "Lebensmittel|Automation|Bürotechnik|Holzbau|Gebäudereinigung|Software|Stahlhandel|"
                      "Fahrzeugteile|Landtechnik|Sanitär|Werkzeugbau");
    de.legalForms = words("GmbH|GmbH & Co. KG|AG|KG|e.K.|OHG");
    de.legalWeights = {60, 15, 8, 7, 5, 5};
    de.publicBodies = words("Stadtwerke %1|Klinikum %1|Landratsamt %1|Stadtverwaltung %1|Universität %1|"
                            "Berufsschulzentrum %1|Stadtbibliothek %1|Kreiskrankenhaus %1");
    list << de;

    CountryFlavour fr;
    fr.country = QStringLiteral("FR");
    fr.timeZone = QStringLiteral("Europe/Paris");
    fr.language = QStringLiteral("fr");
    fr.currency = QStringLiteral("EUR");
    fr.regionIndex = 1;
    fr.phonePrefix = QStringLiteral("+33");
    fr.apMailbox = QStringLiteral("comptabilite");
    fr.cities = cities("Paris:1|Lyon:4|Marseille:4|Toulouse:5|Nice:4|Nantes:2|Strasbourg:3|Montpellier:4|Bordeaux:5|"
                       "Lille:3|Rennes:2|Reims:3|Grenoble:4|Dijon:3|Angers:2|Nîmes:4|Clermont-Ferrand:4|Le Havre:2|"
                       "Tours:2|Limoges:5|Amiens:3|Metz:3|Besançon:3|Orléans:2|Rouen:2|Caen:2|Nancy:3|Brest:2|"
                       "Perpignan:4|Pau:5");
    fr.surnames = words("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
                        "Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|"
                        "Dupont|Lambert|Bonnet|François|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Muller|Henry|"
                        "Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|Gauthier|Dumont|Lopez|Fontaine|Chevalier|"
                        "Robin|Masson|Sanchez");
    fr.femaleFirstNames = words("Camille|Nathalie|Sophie|Isabelle|Céline|Claire|Émilie|Aurélie|Sandrine|Marion|"
                                "Julie|Valérie|Stéphanie|Audrey|Laetitia|Chloé|Manon|Hélène|Élodie|Florence");
    fr.maleFirstNames = words("Julien|Nicolas|Pierre|Thomas|Antoine|Mathieu|Laurent|Guillaume|Olivier|Sébastien|"
                              "François|Philippe|Jérôme|Christophe|Vincent|Alexandre|Benoît|Romain|Cédric|Yann");
    fr.brandHeads = words("Azur|Armor|Atlant|Loire|Alpes|Océa|Lumi|Proven|Norma|Gironde|Pyré|Auver|Savoie|Vallée|"
                          "Seine|Rhône|Garonne|Cévennes|Jura|Vosges");
    fr.brandTails = words("tec|log|pack|bat|méca|plast|indus|distrib|services|conseil|fluides|élec|metal|agri|"
                          "froid|bois|chimie|print");
    fr.trades = words("Emballages|Transports|Bâtiment|Mécanique|Distribution|Électricité|Logistique|Industries|"
                      "Imprimerie|Menuiserie|Plasturgie|Équipements|Froid Industriel|Travaux Publics|Informatique|"
                      "Textiles|Fournitures|Maintenance|Chaudronnerie|Négoce");
    fr.legalForms = words("SAS|SARL|SA|EURL|SNC");
    fr.legalWeights = {40, 35, 15, 5, 5};
    fr.publicBodies = words("Mairie de %1|Centre Hospitalier de %1|Communauté d'agglomération de %1|"
                            "Lycée Technique de %1|Université de %1|Métropole de %1|Office de Tourisme de %1");
    list << fr;

    CountryFlavour se;
    se.country = QStringLiteral("SE");
    se.timeZone = QStringLiteral("Europe/Stockholm");
    se.language = QStringLiteral("sv");
    se.currency = QStringLiteral("SEK");
    se.regionIndex = 2;
    se.phonePrefix = QStringLiteral("+46");
    se.apMailbox = QStringLiteral("ekonomi");
    se.cities = cities("Stockholm:8|Göteborg:31|Malmö:40|Uppsala:18|Västerås:21|Örebro:19|Linköping:13|"
                       "Helsingborg:42|Jönköping:36|Norrköping:11|Lund:46|Umeå:90|Gävle:26|Borås:33|Sundsvall:60|"
                       "Luleå:920|Karlstad:54|Växjö:470|Halmstad:35|Östersund:63");
    se.surnames = words("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
                        "Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Lindberg|Lindström|Lindqvist|Lindgren|Berg|"
                        "Bergström|Lundberg|Lundqvist|Sandberg|Ström|Holm|Nordin|Ekström|Sjöberg|Forsberg|Wallin|"
                        "Engström|Danielsson|Håkansson|Lund|Björk|Nyström|Åberg|Hedlund|Mattsson");
    se.femaleFirstNames = words("Anna|Maria|Eva|Karin|Sara|Lena|Emma|Ingrid|Elin|Sofia|Kristina|Linnea|Malin|Johanna|"
                                "Maja|Helena|Ebba|Frida|Annika|Cecilia");
    se.maleFirstNames = words("Erik|Lars|Karl|Johan|Anders|Per|Mikael|Nils|Oskar|Magnus|Fredrik|Henrik|Jonas|"
                              "Gustav|Olof|Stefan|Mattias|Daniel|Björn|Axel");
    se.brandHeads = words("Nord|Fjäll|Skog|Sjö|Berg|Älv|Mälar|Väster|Öster|Norr|Sund|Ek|Gran|Björk|Vik|Sol|Hav|Sten");
    se.brandTails = words("tek|bygg|trä|data|frakt|el|plast|system|industri|konsult|mekan|produkt|verken|gruppen|"
                          "teknik|service");
    se.trades = words("Bygg|Trä|Transport|Elektriska|Mekaniska Verkstad|VVS|Städ|Måleri|Konsult|Logistik|Maskin|"
                      "Livsmedel|Fastighetsservice|Data|Förpackningar|Plåt|Schakt|Verktyg");
    se.legalForms = words("AB|HB|KB");
    se.legalWeights = {86, 9, 5};
    se.publicBodies = words("%1 kommun|Region %1|%1 Energi|%1 Hamn|Kommunala Bostäder %1|Gymnasieskolan %1");
    list << se;

    CountryFlavour cz;
    cz.country = QStringLiteral("CZ");
    cz.timeZone = QStringLiteral("Europe/Prague");
    cz.language = QStringLiteral("cs");
    cz.currency = QStringLiteral("CZK");
    cz.regionIndex = 3;
    cz.phonePrefix = QStringLiteral("+420");
    cz.apMailbox = QStringLiteral("fakturace");
    cz.cities = cities("Praha:222|Brno:541|Ostrava:596|Plzeň:377|Liberec:485|Olomouc:585|České Budějovice:387|"
                       "Hradec Králové:495|Ústí nad Labem:475|Pardubice:466|Zlín:577|Kladno:312|Jihlava:567|"
                       "Karlovy Vary:353|Opava:553|Teplice:417|Tábor:381|Přerov:581");
    cz.surnames = words("Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Marek|Pospíšil|"
                        "Hájek|Jelínek|Král|Růžička|Beneš|Fiala|Sedláček|Doležal|Zeman|Kolář|Navrátil|Čermák|Urban|"
                        "Blažek|Kříž|Kovář|Bartoš|Vlček|Polák|Musil|Šimek|Krejčí|Konečný");
    cz.femaleFirstNames = words("Petra|Jana|Lucie|Kateřina|Eva|Hana|Tereza|Markéta|Veronika|Zuzana|Lenka|Martina|"
                                "Alena|Barbora|Monika|Michaela|Klára|Simona|Ivana|Dana");
    cz.maleFirstNames = words("Jan|Tomáš|Martin|Jiří|Pavel|Lukáš|Jakub|Petr|Ondřej|Michal|David|Josef|Václav|"
                              "Karel|Filip|Vojtěch|Radek|Miroslav|Zdeněk|Roman");
    cz.brandHeads = words("Agro|Stav|Elektro|Tech|Morav|Bohem|Vltav|Labe|Šumav|Krkonoš|Metal|Plast|Kovo|Dřevo|"
                          "Auto|Trans|Hydro|Termo");
    cz.brandTails = words("tech|stav|servis|trans|mont|plast|data|kov|stroj|profil|sklo|therm|pack|systém");
    cz.trades = words("Stavby|Kovoobrábění|Elektroinstalace|Doprava|Strojírny|Tiskárna|Nábytek|Plastika|Potraviny|"
                      "Zámečnictví|Truhlářství|Obchod|Technika|Servis|Slévárna|Autodíly");
    cz.legalForms = words("s.r.o.|a.s.|v.o.s.");
    cz.legalWeights = {76, 20, 4};
    cz.publicBodies = words("Statutární město %1|Nemocnice %1|Technické služby %1|Dopravní podnik %1|"
                            "Střední průmyslová škola %1|Městský úřad %1");
    list << cz;

    CountryFlavour gb;
    gb.country = QStringLiteral("GB");
    gb.timeZone = QStringLiteral("Europe/London");
    gb.language = QStringLiteral("en");
    gb.currency = QStringLiteral("GBP");
    gb.regionIndex = 4;
    gb.phonePrefix = QStringLiteral("+44");
    gb.apMailbox = QStringLiteral("accounts");
    gb.cities = cities("London:20|Manchester:161|Birmingham:121|Leeds:113|Glasgow:141|Liverpool:151|Bristol:117|"
                       "Sheffield:114|Newcastle:191|Nottingham:115|Leicester:116|Edinburgh:131|Cardiff:29|"
                       "Southampton:23|Reading:118|Coventry:24|Belfast:28|Aberdeen:1224|York:1904|Norwich:1603");
    gb.surnames = words("Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|"
                        "Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Harrison|Hughes|Edwards|Turner|Cooper|"
                        "Harris|Ward|Morris|Marshall|Bennett|Ashworth|Pemberton|Whitfield|Fairbrother|Hargreaves|"
                        "Lockwood|Kendall|Pritchard|Sutcliffe|Holloway");
    gb.femaleFirstNames = words("Emma|Charlotte|Sophie|Amelia|Olivia|Emily|Grace|Hannah|Lucy|Chloe|Rebecca|Sarah|"
                                "Laura|Jessica|Katie|Rachel|Victoria|Eleanor|Megan|Alice");
    gb.maleFirstNames = words("Oliver|James|Harry|George|Jack|Thomas|William|Daniel|Samuel|Joseph|Matthew|Benjamin|"
                              "Richard|Andrew|Paul|Mark|Simon|Stuart|Gareth|Ian");
    gb.brandHeads = words("Thames|Severn|Pennine|Mersey|Avon|Cotswold|Tyne|Kestrel|Oakwood|Albion|Britannia|Crown|"
                          "Sovereign|Heritage|Clyde|Chiltern|Solent|Wessex|Northgate|Ridgeway");
    gb.brandTails = words("Engineering|Logistics|Fabrications|Supplies|Contractors|Packaging|Electrical|Joinery|"
                          "Print|Plastics|Foods|Haulage|Software|Building Services");
    gb.trades = words("Engineering|Logistics|Fabrications|Supplies|Contractors|Packaging|Electrical|Joinery|Print|"
                      "Plastics|Foods|Facilities Management|Scaffolding|Haulage|Software|Building Services|"
                      "Precision Tools|Office Solutions");
    gb.legalForms = words("Ltd|plc|LLP|& Co. Ltd");
    gb.legalWeights = {80, 5, 8, 7};
    gb.publicBodies = words("%1 City Council|%1 Teaching Hospitals NHS Trust|%1 College|University of %1|"
                            "%1 Housing Association|%1 Borough Council");
    list << gb;

    CountryFlavour usEast;
    usEast.country = QStringLiteral("US");
    usEast.timeZone = QStringLiteral("America/New_York");
    usEast.language = QStringLiteral("en");
    usEast.currency = QStringLiteral("USD");
    usEast.regionIndex = 5;
    usEast.phonePrefix = QStringLiteral("+1");
    usEast.apMailbox = QStringLiteral("ap");
    usEast.cities = cities("New York:212|Brooklyn:718|Boston:617|Philadelphia:215|Newark:973|Baltimore:410|"
                           "Pittsburgh:412|Atlanta:404|Miami:305|Charlotte:704|Washington:202|Buffalo:716|"
                           "Hartford:860|Richmond:804|Columbus:614|Detroit:313|Orlando:407|Raleigh:919");
    usEast.surnames = words("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Wilson|Martinez|"
                            "Anderson|Taylor|Thomas|Hernandez|Moore|Martin|Jackson|Thompson|White|Lopez|Lee|Harris|"
                            "Clark|Lewis|Robinson|Walker|Young|Allen|King|Sullivan|O'Brien|Murphy|Kowalski|Russo");
    usEast.femaleFirstNames = words("Jennifer|Jessica|Ashley|Sarah|Amanda|Emily|Megan|Lauren|Rachel|Nicole|"
                                    "Michelle|Stephanie|Heather|Kimberly|Rebecca|Danielle|Brittany|Karen|Lisa|Maria");
    usEast.maleFirstNames = words("Michael|David|Robert|James|John|Daniel|Chris|Brian|Kevin|Jason|Matthew|Joseph|"
                                  "Anthony|Ryan|Eric|Steven|Mark|Andrew|Joshua|Tyler");
    usEast.brandHeads = words("Hudson|Empire|Liberty|Atlantic|Keystone|Granite|Patriot|Harbor|Summit|Beacon|"
                              "Allegheny|Colonial|Chesapeake|Piedmont|Ironbridge|Lakeshore");
    usEast.brandTails = words("Industrial Supply|Logistics|Manufacturing|Construction|Electric|Packaging|Distributors|"
                              "Mechanical|Technologies|Foods|Medical Supply|Freight|Builders|Solutions|Equipment");
    usEast.trades = usEast.brandTails;
    usEast.legalForms = words("Inc.|LLC|Corp.|Co.");
    usEast.legalWeights = {48, 38, 10, 4};
    usEast.publicBodies = words("City of %1|%1 Public Schools|%1 Water Authority|%1 County Transit|"
                                "%1 Community College|%1 Housing Authority");
    list << usEast;

    CountryFlavour usWest = usEast;
    usWest.timeZone = QStringLiteral("America/Los_Angeles");
    usWest.cities = cities("Los Angeles:213|San Francisco:415|San Diego:619|San Jose:408|Sacramento:916|Seattle:206|"
                           "Portland:503|Las Vegas:702|Oakland:510|Fresno:559|Long Beach:562|Tacoma:253|Irvine:949|"
                           "Santa Barbara:805|Spokane:509|Reno:775");
    usWest.brandHeads = words("Pacific|Golden State|Sierra|Redwood|Sunset|Mojave|Cascade|Bay Area|Coastal|Canyon|"
                              "Mesa|Orchard|Evergreen|Sequoia|Tahoe|Rainier");
    list << usWest;

    return list;
}

QString latinFold(const QString &text)
{
    QString folded = text;
    folded.replace(QString::fromUtf8("ä"), QStringLiteral("ae"))
            .replace(QString::fromUtf8("ö"), QStringLiteral("oe"))
            .replace(QString::fromUtf8("ü"), QStringLiteral("ue"))
            .replace(QString::fromUtf8("Ä"), QStringLiteral("Ae"))
            .replace(QString::fromUtf8("Ö"), QStringLiteral("Oe"))
            .replace(QString::fromUtf8("Ü"), QStringLiteral("Ue"))
            .replace(QString::fromUtf8("ß"), QStringLiteral("ss"));
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString ascii;
    ascii.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.unicode() < 128)
            ascii.append(c);
    return ascii;
}

QString digits(DemoRandom &random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + random.uniform(0, 9)));
    return text;
}

// Czech surnames take a feminine form.
QString czechFeminine(const QString &surname)
{
    if (surname.endsWith(QString::fromUtf8("ý")))
        return surname.left(surname.size() - 1) + QString::fromUtf8("á");
    if (surname == QString::fromUtf8("Krejčí"))
        return surname;
    if (surname.endsWith(u'a'))
        return surname.left(surname.size() - 1) + QString::fromUtf8("ová");
    if (surname.endsWith(QStringLiteral("ek")))
        return surname.left(surname.size() - 2) + QString::fromUtf8("ková");
    if (surname.endsWith(QStringLiteral("ec")))
        return surname.left(surname.size() - 2) + QString::fromUtf8("cová");
    return surname + QString::fromUtf8("ová");
}

QString legalForm(const CountryFlavour &flavour, DemoRandom &random)
{
    return flavour.legalForms.at(random.weighted(flavour.legalWeights));
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString brand(const CountryFlavour &flavour, DemoRandom &random)
{
    const QString &head = random.pick(flavour.brandHeads);
    const QString &tail = random.pick(flavour.brandTails);
    if (tail.contains(u' ') || tail.at(0).isUpper())
        return head + u' ' + tail; // "Kestrel Logistics", "Hudson Industrial Supply"
    return head + tail;            // "Nordwerk", "Fjällbygg"
}

} // namespace

const QList<CountryFlavour> &countryFlavours()
{
    static const QList<CountryFlavour> flavours = makeFlavours();
    return flavours;
}

const QStringList &collectionRegions()
{
    static const QStringList regions{QStringLiteral("Germany"),      QStringLiteral("France"),
                                     QStringLiteral("Nordics"),      QStringLiteral("Central Europe"),
                                     QStringLiteral("UK & Ireland"), QStringLiteral("North America")};
    return regions;
}

QString companyName(const CountryFlavour &f, DemoRandom &random, const City &city)
{
    const QString &surname = random.pick(f.surnames);
    const QString &trade = random.pick(f.trades);
    const int pattern = random.uniform(0, 9);
    const QString country = f.country;
    if (country == u"DE") {
        switch (pattern) {
        case 0:
        case 1:
        case 2:
            return surname + u' ' + trade + u' ' + legalForm(f, random);
        case 3:
        case 4:
            return brand(f, random) + u' ' + legalForm(f, random);
        case 5:
            return surname + QStringLiteral(" & ") + random.pick(f.surnames) + u' ' + legalForm(f, random);
        case 6:
            return brand(f, random) + u' ' + trade + u' ' + legalForm(f, random);
        case 7:
            return trade + u' ' + surname + u' ' + legalForm(f, random);
        case 8:
            return surname + QStringLiteral(" & Söhne ") + trade + QStringLiteral(" KG");
        default:
            return trade + u' ' + city.name + u' ' + legalForm(f, random);
        }
    }
    if (country == u"FR") {
        switch (pattern) {
        case 0:
        case 1:
        case 2:
            return trade + u' ' + surname + u' ' + legalForm(f, random);
        case 3:
        case 4:
            return capitalised(brand(f, random)) + u' ' + legalForm(f, random);
        case 5:
            return QStringLiteral("Établissements ") + surname + QStringLiteral(" et Fils");
        case 6:
            return QStringLiteral("Groupe ") + capitalised(brand(f, random));
        case 7:
            return QStringLiteral("Société ") + surname + u' ' + legalForm(f, random);
        case 8:
            return surname + u'-' + random.pick(f.surnames) + u' ' + trade + u' ' + legalForm(f, random);
        default:
            return trade + u' ' + QStringLiteral("de ") + city.name + u' ' + legalForm(f, random);
        }
    }
    if (country == u"SE") {
        const QString genitive = surname.endsWith(u's') ? surname : surname + u's';
        switch (pattern) {
        case 0:
        case 1:
        case 2:
            return genitive + u' ' + trade + u' ' + legalForm(f, random);
        case 3:
        case 4:
        case 5:
            return capitalised(brand(f, random)) + u' ' + legalForm(f, random);
        case 6:
            return surname + QStringLiteral(" & ") + random.pick(f.surnames) + u' ' + legalForm(f, random);
        case 7:
            return city.name + u' ' + trade + u' ' + legalForm(f, random);
        default:
            return capitalised(brand(f, random)) + u' ' + trade + u' ' + legalForm(f, random);
        }
    }
    if (country == u"CZ") {
        switch (pattern) {
        case 0:
        case 1:
        case 2:
            return trade + u' ' + surname + u' ' + legalForm(f, random);
        case 3:
        case 4:
            return capitalised(brand(f, random)) + u' ' + legalForm(f, random);
        case 5:
            return brand(f, random).toUpper() + u' ' + city.name + u' ' + legalForm(f, random);
        case 6:
            return trade + u' ' + city.name + u' ' + legalForm(f, random);
        case 7:
            return surname + QStringLiteral(" a syn ") + legalForm(f, random);
        default:
            return capitalised(brand(f, random)) + u' ' + trade + u' ' + legalForm(f, random);
        }
    }
    // GB and US
    switch (pattern) {
    case 0:
    case 1:
    case 2:
        return brand(f, random) + u' ' + legalForm(f, random);
    case 3:
    case 4:
        return surname + u' ' + trade + u' ' + legalForm(f, random);
    case 5:
    case 6:
        return surname + QStringLiteral(" & ") + random.pick(f.surnames) + u' ' + legalForm(f, random);
    case 7:
        return city.name + u' ' + trade + u' ' + legalForm(f, random);
    case 8:
        return random.pick(f.brandHeads) + u' ' + trade + u' ' + QStringLiteral("Group");
    default:
        return surname + QStringLiteral(" Brothers ") + trade;
    }
}

QString publicBodyName(const CountryFlavour &f, DemoRandom &random, const City &city)
{
    return random.pick(f.publicBodies).arg(city.name);
}

QString personName(const CountryFlavour &f, DemoRandom &random, bool *femaleOut)
{
    const bool female = random.chance(0.5);
    if (femaleOut)
        *femaleOut = female;
    const QString &first = random.pick(female ? f.femaleFirstNames : f.maleFirstNames);
    QString surname = random.pick(f.surnames);
    if (female && f.country == u"CZ")
        surname = czechFeminine(surname);
    return first + u' ' + surname;
}

QString phoneNumber(const CountryFlavour &f, const City &city, DemoRandom &random)
{
    const QString prefix = f.phonePrefix + u' ';
    if (f.country == u"US") // 555-01xx: the numbers reserved for fiction
        return prefix + city.area + QStringLiteral(" 555 01") + digits(random, 2);
    if (f.country == u"GB") { // Ofcom's drama ranges
        if (city.area.size() == 2)
            return prefix + city.area + QStringLiteral(" 7946 0") + digits(random, 3);
        return prefix + city.area + QStringLiteral(" 496 0") + digits(random, 3);
    }
    if (f.country == u"FR")
        return prefix + city.area + u' ' + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2)
                + u' ' + digits(random, 2);
    if (f.country == u"CZ")
        return prefix + city.area + u' ' + digits(random, 3) + u' ' + digits(random, 3);
    if (f.country == u"SE")
        return prefix + city.area + u' ' + digits(random, 3) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
    return prefix + city.area + u' ' + digits(random, 3) + u' ' + digits(random, 4); // DE
}

QString mobileNumber(const CountryFlavour &f, DemoRandom &random)
{
    const QString prefix = f.phonePrefix + u' ';
    if (f.country == u"US")
        return prefix + QStringLiteral("917 555 01") + digits(random, 2);
    if (f.country == u"GB")
        return prefix + QStringLiteral("7700 900") + digits(random, 3);
    if (f.country == u"FR")
        return prefix + QStringLiteral("6 ") + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2)
                + u' ' + digits(random, 2);
    if (f.country == u"CZ")
        return prefix + QStringLiteral("60") + digits(random, 1) + u' ' + digits(random, 3) + u' ' + digits(random, 3);
    if (f.country == u"SE")
        return prefix + QStringLiteral("70 ") + digits(random, 3) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
    return prefix + QStringLiteral("151 ") + digits(random, 8);
}

QString asciiSlug(const QString &text, int maximumLength)
{
    const QString ascii = latinFold(text).toLower();
    QString slug;
    slug.reserve(ascii.size());
    bool dash = false;
    for (QChar c : ascii) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug.append(u'-');
            slug.append(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    if (slug.size() > maximumLength) {
        slug.truncate(maximumLength);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug.isEmpty() ? QStringLiteral("customer") : slug;
}

QString emailDomain(const QString &companyName, const CountryFlavour &f)
{
    // Drop the legal form so "Müller Logistik GmbH" becomes mueller-logistik.
    QString name = companyName;
    for (const QString &form : f.legalForms)
        if (name.endsWith(u' ' + form))
            name.chop(form.size() + 1);
    return asciiSlug(name, 28) + u'-' + f.country.toLower() + QStringLiteral(".example");
}

} // namespace ardesk::demo
