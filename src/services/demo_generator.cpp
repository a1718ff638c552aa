#include "demo_generator.h"

#include "demo_catalog.h"
#include "service_support.h"

#include "domain/allocation.h"
#include "domain/currency.h"
#include "domain/promise_evaluation.h"
#include "storage/demo_writer.h"
#include "storage/manager_repository.h"
#include "storage/ledger_repository.h"
#include "storage/user_repository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <queue>
#include <vector>

namespace ardesk {

namespace {

using demo::City;
using demo::CountryFlavour;
using demo::DemoRandom;

// Separate random streams per customer and phase: changing how one phase draws does not
// shift the others, and customer k looks the same whatever the customer count.
enum Stream : std::uint32_t { CustomerStream = 1, LedgerStream = 2, DeskStream = 3, StaffStream = 4, PeopleStream = 5 };

enum class Profile { Prompt, Slow, Erratic, Delinquent };
enum class Segment { Enterprise, MidMarket, SmallBusiness, PublicSector, Consumer };

struct SegmentInfo
{
    const char *name;
    int weight; // per mille of customers
    double invoicesOverTwoYears;
    double typicalInvoiceEur;
    std::array<int, 4> profileWeights; // prompt, slow, erratic, delinquent
};
constexpr SegmentInfo kSegments[] = {
        {"Enterprise", 70, 80.0, 6000.0, {55, 35, 8, 2}},       {"Mid-market", 250, 36.0, 1800.0, {45, 32, 15, 8}},
        {"Small business", 600, 13.0, 450.0, {40, 28, 18, 14}}, {"Public sector", 50, 22.0, 2500.0, {35, 55, 8, 2}},
        {"Consumer", 30, 6.0, 160.0, {50, 20, 18, 12}},
};

struct CurrencyInfo
{
    const char *code;
    double perEuro;
    bool wholeUnits; // amounts usually in whole units (kronor, koruny)
};
constexpr CurrencyInfo kCurrencies[] = {
        {"EUR", 1.0, false}, {"SEK", 11.3, true}, {"CZK", 25.0, true}, {"GBP", 0.86, false}, {"USD", 1.08, false},
};
int currencyIndex(const QString &code)
{
    for (int i = 0; i < 5; ++i)
        if (code == QLatin1String(kCurrencies[i].code))
            return i;
    return 0;
}

// DE, FR, SE, CZ, GB, US east, US west.
constexpr std::array<int, 7> kFlavourWeights{28, 20, 12, 12, 10, 11, 7};
constexpr std::array<int, 7> kConsumerFlavourWeights{15, 10, 0, 0, 15, 36, 24};
// Fallback UTC offsets (standard time) when the system has no time zone data.
constexpr std::array<int, 7> kStandardOffsets{3600, 3600, 3600, 3600, 0, -18000, -28800};

int dayOfWeek(int day) // 1 = Monday .. 7 = Sunday (Julian day 0 was a Monday)
{
    return day % 7 + 1;
}
bool isWeekend(int day)
{
    return dayOfWeek(day) >= 6;
}
int nextBusinessDay(int day)
{
    while (isWeekend(day))
        ++day;
    return day;
}
int previousBusinessDay(int day)
{
    while (isWeekend(day))
        --day;
    return day;
}
QDate dateOf(int day)
{
    return QDate::fromJulianDay(day);
}

MinorUnits roundToUnit(double minor, MinorUnits unit)
{
    const MinorUnits rounded = static_cast<MinorUnits>(std::llround(minor / static_cast<double>(unit))) * unit;
    return rounded;
}

// A "nice" limit: 1, 2, 2.5 or 5 times a power of ten.
MinorUnits niceRound(double value)
{
    if (value <= 1.0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    const double mantissa = value / power;
    double nice = 10.0;
    for (double step : {1.0, 2.0, 2.5, 5.0})
        if (mantissa <= step * 1.15) {
            nice = step;
            break;
        }
    return static_cast<MinorUnits>(std::llround(nice * power));
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// UTC ISO 8601 time stamps for days of the history, with the day texts cached.
class StampClock final
{
public:
    explicit StampClock(int today) : m_today(today), m_first(today - DemoGenerator::kHistoryDays - 2200) { }

    // `seconds` after midnight UTC of `day` (may run over into the next day). Rows dated
    // today get a time in the first hour of the day, so nothing lies in the future.
    QString at(int day, int seconds)
    {
        if (day >= m_today && seconds > 3600) {
            day = m_today;
            seconds = 300 + seconds % 3300;
        }
        day += seconds / 86400;
        seconds %= 86400;
        if (seconds < 0) {
            seconds += 86400;
            --day;
        }
        QString text = dayText(day);
        text.reserve(20);
        text.append(u'T');
        text.append(twoDigits(seconds / 3600));
        text.append(u':');
        text.append(twoDigits(seconds / 60 % 60));
        text.append(u':');
        text.append(twoDigits(seconds % 60));
        text.append(u'Z');
        return text;
    }
    const QString &dayText(int day)
    {
        const int index = day - m_first;
        if (index < 0 || index > kCachedDays) {
            m_spare = dateOf(day).toString(Qt::ISODate);
            return m_spare;
        }
        if (index >= static_cast<int>(m_days.size()))
            m_days.resize(static_cast<std::size_t>(index) + 1);
        QString &text = m_days[static_cast<std::size_t>(index)];
        if (text.isEmpty())
            text = dateOf(day).toString(Qt::ISODate);
        return text;
    }

private:
    static constexpr int kCachedDays = 4000; // from before the oldest customer to well after today
    int m_today;
    int m_first;
    std::vector<QString> m_days;
    QString m_spare;
};

// The UTC offset of each flavour's time zone at noon of a day, cached.
class ZoneOffsets final
{
public:
    explicit ZoneOffsets(const QList<CountryFlavour> &flavours)
    {
        for (const CountryFlavour &flavour : flavours)
            m_zones.emplace_back(flavour.timeZone.toUtf8());
        m_cache.resize(m_zones.size());
    }
    int at(int flavour, int day)
    {
        auto &cache = m_cache[static_cast<std::size_t>(flavour)];
        auto it = cache.find(day);
        if (it != cache.end())
            return it->second;
        const QTimeZone &zone = m_zones[static_cast<std::size_t>(flavour)];
        const int offset = zone.isValid() ? zone.offsetFromUtc(QDateTime(dateOf(day), QTime(12, 0), QTimeZone::utc()))
                                          : kStandardOffsets[static_cast<std::size_t>(flavour)];
        cache.emplace(day, offset);
        return offset;
    }

private:
    std::vector<QTimeZone> m_zones;
    std::vector<std::map<int, int>> m_cache;
};

// --- staff -----------------------------------------------------------------------------------

struct StaffDefinition
{
    const char *login;
    const char *name;
    Role role;
    const char *language;
    const char *region;
};

// Collectors in collectionRegions() order; supervisor 0 leads Germany, France and Central
// Europe, supervisor 1 the Nordics, the UK and North America.
constexpr StaffDefinition kStaff[] = {
        {"admin", "Martin Roth", Role::Admin, "en", ""},
        {"hweber", "Helena Weber", Role::Manager, "de", ""},
        {"ldurand", "Lucie Durand", Role::Supervisor, "fr", "Continental Europe"},
        {"jholm", "Jonas Holm", Role::Supervisor, "sv", "Nordics, UK & North America"},
        {"kvogel", "Katrin Vogel", Role::Collector, "de", "Germany"},
        {"claurent", "Camille Laurent", Role::Collector, "fr", "France"},
        {"esandberg", "Elin Sandberg", Role::Collector, "sv", "Nordics"},
        {"thorak", "Tomáš Horák", Role::Collector, "cs", "Central Europe"},
        {"obennett", "Olivia Bennett", Role::Collector, "en", "UK & Ireland"},
        {"mreed", "Marcus Reed", Role::Collector, "en", "North America"},
        {"sfischer", "Sven Fischer", Role::Clerk, "de", ""},
        {"pnovakova", "Petra Nováková", Role::Clerk, "cs", ""},
        {"agarcia", "Ana Garcia", Role::Clerk, "en", ""},
        {"rmarsh", "Richard Marsh", Role::Auditor, "en", ""},
};

struct Staff
{
    Id admin = 0;
    Id manager = 0;
    std::array<Id, 2> supervisors{};
    std::array<Id, 6> collectors{};
    std::array<Id, 3> clerks{}; // EUR; SEK, CZK, GBP; USD
    Id auditor = 0;
    qint64 created = 0;

    Id supervisorOfRegion(int region) const { return supervisors[(region == 0 || region == 1 || region == 3) ? 0 : 1]; }
    Id clerkOfCurrency(int currency) const { return clerks[currency == 0 ? 0 : currency == 4 ? 2 : 1]; }
};

// --- text --------------------------------------------------------------------------------------

QString amountText(MinorUnits minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString() + u' ' + currency;
}

const QStringList &customerNoteTexts()
{
    static const QStringList texts{
            QStringLiteral("Invoices must quote the customer's PO number or AP will not approve them."),
            QStringLiteral("Pays in weekly payment runs; send remittance questions to the AP mailbox."),
            QStringLiteral("Head office approval needed for anything above 10,000."),
            QStringLiteral("Prefers contact by e-mail; calls only to the finance manager."),
            QStringLiteral("Seasonal business: slow payer in the first quarter."),
            QStringLiteral("New CFO since last year; ask for her before escalating."),
            QStringLiteral("Statements by post only, addressed to the accounting department."),
            QStringLiteral("Long-standing customer; handle disputes personally and quickly."),
            QStringLiteral("Bank details changed last spring: check remittances against the new account."),
            QStringLiteral("Credit limit reviewed after two late quarters; keep an eye on overdue items."),
    };
    return texts;
}

const QStringList &disputeReasons()
{
    static const QStringList reasons{QStringLiteral("pricing"),           QStringLiteral("quantity"),
                                     QStringLiteral("quality"),           QStringLiteral("not_received"),
                                     QStringLiteral("duplicate_billing"), QStringLiteral("other")};
    return reasons;
}

QString disputeNote(const QString &reason)
{
    if (reason == u"pricing")
        return QStringLiteral("Price differs from the agreed quote.");
    if (reason == u"quantity")
        return QStringLiteral("Fewer units delivered than invoiced.");
    if (reason == u"quality")
        return QStringLiteral("Goods damaged or not to specification.");
    if (reason == u"not_received")
        return QStringLiteral("Customer says the delivery never arrived.");
    if (reason == u"duplicate_billing")
        return QStringLiteral("Customer says this was already invoiced.");
    return QStringLiteral("Customer contests the invoice; details by e-mail.");
}

struct ComplaintText
{
    const char *category;
    const char *description;
    const char *resolution;
};
constexpr ComplaintText kComplaints[] = {
        {"billing_error", "Invoice sent to the wrong address and then dunned.",
         "Address corrected, reminder fees waived."},
        {"collector_conduct", "Customer felt the collector was pushy on the phone.",
         "Supervisor called back and apologised; call notes reviewed."},
        {"contact_frequency", "Too many reminders in one week.", "Reminder cadence adjusted for this account."},
        {"product_quality", "Complains about the quality of the last delivery.",
         "Passed to sales; partial credit note agreed."},
        {"delivery", "Late delivery caused a production stop.", "Logistics investigated; goodwill discount offered."},
        {"service", "No answer from the AR team for two weeks.", "Assigned a named contact in AR."},
};

const QStringList &escalationReasons()
{
    static const QStringList reasons{
            QStringLiteral("Repeated broken promises on a large overdue balance."),
            QStringLiteral("Customer refuses to pay; needs a decision on next steps."),
            QStringLiteral("Payment plan requested beyond the collector's authority."),
            QStringLiteral("Customer threatens to move the business; wants to speak to a manager."),
            QStringLiteral("Balance far over the credit limit and growing."),
    };
    return reasons;
}

const QStringList &escalationInstructions()
{
    static const QStringList texts{
            QStringLiteral("Offer three monthly instalments; escalate again if the first one is missed."),
            QStringLiteral("Send the final notice and put the account on credit hold."),
            QStringLiteral("Call the CFO directly and ask for a payment date this week."),
            QStringLiteral("Agree to waive the reminder fees if the oldest invoices are paid in full."),
            QStringLiteral("Prepare the file for the collection agency."),
    };
    return texts;
}

// --- the generation ----------------------------------------------------------------------------

struct CustomerDraft
{
    Customer customer;
    int flavour = 0;
    int currency = 0;
    Profile profile = Profile::Prompt;
    Segment segment = Segment::SmallBusiness;
    int firstDay = 0; // first invoice from
    int lastDay = 0;  // last invoice up to
    int createdDay = 0;
    int invoiceCount = 0;
    double typicalMinor = 0;
    MinorUnits roundingUnit = 1;
    bool batchPayer = false;
    int runInterval = 7; // 7, 14, or 30 (monthly on the 25th)
    int runWeekday = 4;
    int runParity = 0;
    QString method;
    DemoCustomerControls controls;
    QString primaryPerson;
    QString domain;
};

struct SimInvoice
{
    int issue = 0;
    int due = 0;
    MinorUnits amount = 0;
    MinorUnits open = 0;
    Id id = 0;
    QString number;
    int dispute = -1;
    std::vector<std::pair<int, MinorUnits>> applied; // (day, signed amount), in day order

    MinorUnits openOn(int day) const
    {
        MinorUnits open = amount;
        for (const auto &entry : applied) {
            if (entry.first > day)
                break;
            open -= entry.second;
        }
        return open;
    }
};

struct SimAllocation
{
    int invoice = 0;
    MinorUnits amount = 0;
    Id id = 0;
};

struct SimPayment
{
    int day = 0;
    MinorUnits amount = 0;
    MinorUnits unapplied = 0;
    Id id = 0;
    QString method;
    int reversedDay = -1;
    bool replacement = false;
    std::vector<SimAllocation> allocations;
};

struct SimDispute
{
    int invoice = 0;
    MinorUnits amount = 0;
    QString reason;
    int opened = 0;
    int resolved = -1; // -1: open as of today
    QString resolution;
    std::optional<Id> reference;
    int dueDay = 0;
};

struct PaymentPlan
{
    std::vector<std::pair<int, MinorUnits>> targets; // invoice index, amount meant for it
    MinorUnits extra = 0;                            // paid on top: stays unapplied
    double lumpFraction = 0;                         // a round sum on account, applied oldest first
    QString method;
    QString shortReason;
    bool replacement = false;
};

struct CreditPlan
{
    int invoice = -1; // -1: the oldest open items on the day (or none when !apply)
    MinorUnits amount = 0;
    QString reason;
    bool apply = true;
    int dispute = -1;
};

struct WriteOffPlan
{
    int invoice = 0;
    MinorUnits amount = 0; // 0: whatever is open on the day
    QString reason;
    int dispute = -1;
    bool badDebt = false;
};

enum class EventKind : quint8 { Payment, CreditNote, WriteOff, ClerkApply, Reversal };
struct Event
{
    int day = 0;
    int sequence = 0;
    EventKind kind = EventKind::Payment;
    int index = 0;
    bool operator>(const Event &other) const { return day != other.day ? day > other.day : sequence > other.sequence; }
};

struct ContactDraft
{
    DemoContact contact;
    qint64 sortKey = 0;
    int promise = -1;
};

struct PromiseDraft
{
    PromiseToPay promise;
    int contact = -1;
    QString createdAt;
};

class Generation final
{
public:
    Generation(Session &session, const DemoOptions &options, int today)
        : m_session(session),
          m_options(options),
          m_today(today),
          m_firstDay(today - DemoGenerator::kHistoryDays),
          m_repo(session.book()),
          m_writer(session.book()),
          m_clock(today),
          m_flavours(demo::countryFlavours()),
          m_zones(m_flavours)
    {
        m_summary.today = dateOf(today);
        m_summary.firstDay = dateOf(m_firstDay);
    }

    void writeCollectorTargets();
    Result<DemoSummary> run();

private:
    void createStaff();
    CustomerDraft draftCustomer(int index);
    QString uniqueName(const CustomerDraft &draft, DemoRandom &random, const City &city);
    void writeCustomer(const CustomerDraft &draft, DemoRandom &random);
    void simulateLedger(const CustomerDraft &draft, int index);
    void simulateDesk(const CustomerDraft &draft, int index);

    // ledger helpers
    int payDayFor(const CustomerDraft &draft, const SimInvoice &invoice, DemoRandom &random, int age) const;
    int snapToRun(const CustomerDraft &draft, int day) const;
    void processPayment(const CustomerDraft &draft, PaymentPlan &plan, int day, DemoRandom &random);
    void processCreditNote(const CustomerDraft &draft, const CreditPlan &plan, int day, DemoRandom &random);
    void processWriteOff(const CustomerDraft &draft, const WriteOffPlan &plan, int day, DemoRandom &random);
    void processClerkApply(const CustomerDraft &draft, int payment, int day, DemoRandom &random);
    void processReversal(const CustomerDraft &draft, int payment, int day, DemoRandom &random);
    void allocate(AllocationSource source, Id sourceId, int invoice, MinorUnits amount, int day, const Stamp &stamp,
                  const QString &reason, SimPayment *payment);
    std::vector<OpenItem> collectibleItems(int day, bool overdueOnly) const;
    void push(int day, EventKind kind, int index);
    QString paymentReference(const CustomerDraft &draft, const QString &method, int day);
    Stamp stampAt(Id user, int day, int fromSecond, int toSecond, DemoRandom &random)
    {
        return {user, m_clock.at(day, random.uniform(fromSecond, toSecond))};
    }

    Session &m_session;
    const DemoOptions &m_options;
    const int m_today;
    const int m_firstDay;
    LedgerRepository m_repo;
    DemoWriter m_writer;
    StampClock m_clock;
    const QList<CountryFlavour> &m_flavours;
    ZoneOffsets m_zones;
    Staff m_staff;
    DemoSummary m_summary;
    Id m_firstCustomerId = 1;
    QSet<QString> m_names;
    // Collected on each collector's accounts per currency over the three months before
    // today: their standing monthly targets (writeCollectorTargets).
    std::map<std::pair<Id, QString>, MinorUnits> m_collectedLastQuarter;
    QHash<int, int> m_invoiceCounters;    // yyyymm -> last number
    QHash<int, int> m_creditNoteCounters; // yyyymm -> last number
    qint64 m_bankSequence = 0;
    qint64 m_cardSequence = 0;
    int m_checkNumber = 0;

    // per customer
    Id m_customerId = 0;
    std::vector<SimInvoice> m_invoices;
    std::vector<SimPayment> m_payments;
    std::vector<SimDispute> m_disputes;
    std::vector<PaymentPlan> m_paymentPlans;
    std::vector<CreditPlan> m_creditPlans;
    std::vector<WriteOffPlan> m_writeOffPlans;
    std::vector<int> m_clerkApplies; // payment index per ClerkApply event
    std::vector<int> m_reversals;    // payment index per Reversal event
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
    int m_sequence = 0;
};

// --- staff ---------------------------------------------------------------------------------------

void Generation::createStaff()
{
    UserRepository users(m_session.book());
    DemoRandom random(m_options.seed, 0, StaffStream);
    int supervisor = 0;
    int collector = 0;
    int clerk = 0;
    for (const StaffDefinition &definition : kStaff) {
        const QString login = QString::fromUtf8(definition.login);
        Id id = 0;
        if (const auto existing = users.byLogin(login)) {
            id = existing->id; // a book set up with its users first keeps them
        } else {
            StaffUser user;
            user.login = login;
            user.name = QString::fromUtf8(definition.name);
            user.role = definition.role;
            user.language = QString::fromUtf8(definition.language);
            user.region = QString::fromUtf8(definition.region);
            const int createdDay = m_firstDay - random.uniform(60, 900);
            id = users.insert(user, {m_session.actor().userId, m_clock.at(createdDay, random.uniform(30000, 40000))});
            ++m_staff.created;
        }
        switch (definition.role) {
        case Role::Admin:
            m_staff.admin = id;
            break;
        case Role::Manager:
            m_staff.manager = id;
            break;
        case Role::Supervisor:
            m_staff.supervisors[static_cast<std::size_t>(supervisor++)] = id;
            break;
        case Role::Collector:
            m_staff.collectors[static_cast<std::size_t>(collector++)] = id;
            break;
        case Role::Clerk:
            m_staff.clerks[static_cast<std::size_t>(clerk++)] = id;
            break;
        case Role::Auditor:
            m_staff.auditor = id;
            break;
        }
    }
    m_summary.users = m_staff.created;
}

// --- customers -----------------------------------------------------------------------------------

QString Generation::uniqueName(const CustomerDraft &draft, DemoRandom &random, const City &city)
{
    const CountryFlavour &flavour = m_flavours[draft.flavour];
    QString name;
    for (int attempt = 0; attempt < 12; ++attempt) {
        if (draft.segment == Segment::Consumer)
            name = demo::personName(flavour, random);
        else if (draft.segment == Segment::PublicSector)
            name = demo::publicBodyName(flavour, random, attempt < 3 ? city : random.pick(flavour.cities));
        else
            name = demo::companyName(flavour, random, city);
        if (attempt >= 6 && draft.segment != Segment::Consumer)
            name += QStringLiteral(", ") + random.pick(flavour.cities).name; // a branch
        if (!m_names.contains(name))
            break;
    }
    if (m_names.contains(name) && draft.segment != Segment::Consumer) {
        for (int branch = 2;; ++branch) {
            const QString numbered = name + QStringLiteral(" (%1)").arg(branch);
            if (!m_names.contains(numbered)) {
                name = numbered;
                break;
            }
        }
    }
    m_names.insert(name);
    return name;
}

CustomerDraft Generation::draftCustomer(int index)
{
    DemoRandom random(m_options.seed, static_cast<std::uint32_t>(index), CustomerStream);
    CustomerDraft draft;
    std::array<int, 5> segmentWeights{};
    for (std::size_t i = 0; i < 5; ++i)
        segmentWeights[i] = kSegments[i].weight;
    draft.segment = static_cast<Segment>(random.weighted(segmentWeights));
    const bool consumer = draft.segment == Segment::Consumer;
    draft.flavour = random.weighted(consumer ? kConsumerFlavourWeights : kFlavourWeights);
    const CountryFlavour &flavour = m_flavours[draft.flavour];
    const SegmentInfo &segment = kSegments[static_cast<int>(draft.segment)];
    draft.profile = static_cast<Profile>(random.weighted(segment.profileWeights));

    // currency: fixed per customer; some Swedish, Czech and British customers buy in EUR
    QString currency = flavour.currency;
    if ((flavour.country == u"SE" && random.chance(0.15)) || (flavour.country == u"CZ" && random.chance(0.3))
        || (flavour.country == u"GB" && random.chance(0.08)))
        currency = QStringLiteral("EUR");
    draft.currency = currencyIndex(currency);
    const CurrencyInfo &money = kCurrencies[draft.currency];
    const int decimals = currencyDecimals(currency).value_or(2);
    const MinorUnits unit = decimals == 0 ? 1 : (decimals == 1 ? 10 : 100);
    draft.roundingUnit = money.wholeUnits && random.chance(0.7) ? unit : 1;

    Customer &c = draft.customer;
    c.id = m_firstCustomerId + index;
    c.code = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    c.currency = currency;
    c.country = flavour.country;
    c.timeZone = flavour.timeZone;
    c.language = flavour.language;
    c.segment = QString::fromLatin1(segment.name);
    c.region = demo::collectionRegions().at(flavour.regionIndex);
    c.consumer = consumer;
    c.collectorId = m_staff.collectors[static_cast<std::size_t>(flavour.regionIndex)];

    const City &city = random.pick(flavour.cities);
    c.name = uniqueName(draft, random, city);
    draft.primaryPerson = consumer ? c.name : demo::personName(flavour, random);
    if (consumer) {
        draft.domain = QStringLiteral("mail.example");
        c.email = demo::asciiSlug(c.name).replace(u'-', u'.') + QString::number(random.uniform(1, 99)) + u'@'
                + draft.domain;
        c.phone = demo::mobileNumber(flavour, random);
    } else {
        draft.domain = demo::emailDomain(c.name, flavour);
        c.email = flavour.apMailbox + u'@' + draft.domain;
        c.phone = demo::phoneNumber(flavour, city, random);
    }

    // terms
    static constexpr std::array<int, 4> kTerms{14, 30, 45, 60};
    std::array<int, 4> termWeights{};
    if (consumer)
        termWeights = {100, 0, 0, 0};
    else if (draft.segment == Segment::PublicSector)
        termWeights = {0, 60, 0, 40};
    else if (flavour.country == u"DE")
        termWeights = {20, 60, 10, 10};
    else if (flavour.country == u"FR")
        termWeights = {5, 35, 35, 25};
    else if (flavour.country == u"SE")
        termWeights = {15, 70, 10, 5};
    else if (flavour.country == u"CZ")
        termWeights = {45, 45, 5, 5};
    else if (flavour.country == u"GB")
        termWeights = {5, 75, 5, 15};
    else
        termWeights = {5, 70, 15, 10};
    c.termsDays = kTerms[static_cast<std::size_t>(random.weighted(termWeights))];

    // risk class follows the payment profile, with noise
    static constexpr std::array<std::array<int, 5>, 4> kRisk{
            {{55, 35, 8, 2, 0}, {10, 40, 40, 10, 0}, {0, 15, 45, 30, 10}, {0, 0, 15, 45, 40}}};
    const int risk = random.weighted(kRisk[static_cast<std::size_t>(draft.profile)]);
    c.riskClass = QString(QChar(u'A' + risk));

    // activity window: most customers bought over the whole two years
    const double activity = random.unit();
    draft.firstDay = m_firstDay;
    draft.lastDay = m_today;
    if (activity < 0.20)
        draft.firstDay = m_today - random.uniform(30, DemoGenerator::kHistoryDays - 30); // new customer
    else if (activity < 0.28)
        draft.lastDay = m_today - random.uniform(90, 500); // lapsed
    draft.createdDay = draft.firstDay == m_firstDay ? m_firstDay - random.uniform(20, 1500)
                                                    : draft.firstDay - random.uniform(1, 20);
    const double activeShare = static_cast<double>(draft.lastDay - draft.firstDay) / DemoGenerator::kHistoryDays;
    draft.invoiceCount = std::max(
            1,
            static_cast<int>(std::lround(segment.invoicesOverTwoYears * activeShare * random.logNormal(-0.08, 0.4))));
    draft.typicalMinor = segment.typicalInvoiceEur * random.logNormal(-0.245, 0.7) * money.perEuro * unit;

    // credit limit: about a month and a half of business, more for good risks
    static constexpr std::array<double, 5> kRiskFactor{2.0, 1.5, 1.2, 0.8, 0.5};
    if (!random.chance(0.04)) {
        const double monthly = draft.typicalMinor * draft.invoiceCount / std::max(1.0, 24.0 * activeShare);
        const double limit = std::max(monthly * (c.termsDays / 30.0 + 1.0) * kRiskFactor[static_cast<std::size_t>(risk)]
                                              * (0.8 + 0.8 * random.unit()),
                                      (consumer ? 500.0 : 1000.0) * money.perEuro * unit);
        c.creditLimit =
                niceRound(limit / static_cast<double>(unit * (consumer ? 10 : 100))) * unit * (consumer ? 10 : 100);
    }

    if (random.chance(0.10))
        c.notes = random.pick(customerNoteTexts());

    // how they pay
    const QString country = flavour.country;
    std::array<int, 5> methodWeights{}; // wire, direct_debit, bank, card, check
    if (consumer)
        methodWeights = country == u"US" ? std::array<int, 5>{10, 0, 0, 60, 30} : std::array<int, 5>{10, 30, 0, 60, 0};
    else if (country == u"US")
        methodWeights = {40, 0, 0, 20, 40};
    else if (country == u"SE")
        methodWeights = {50, 15, 35, 0, 0};
    else if (country == u"GB")
        methodWeights = {70, 20, 0, 5, 5};
    else if (country == u"CZ")
        methodWeights = {90, 5, 0, 5, 0};
    else
        methodWeights = {75, 17, 5, 3, 0};
    static const QStringList kMethods{QStringLiteral("wire"), QStringLiteral("direct_debit"), QStringLiteral("bank"),
                                      QStringLiteral("card"), QStringLiteral("check")};
    draft.method = kMethods.at(random.weighted(methodWeights));
    if (draft.method == u"direct_debit" && (draft.profile == Profile::Erratic || draft.profile == Profile::Delinquent))
        draft.method = QStringLiteral("wire"); // nobody grants a mandate and then lets it bounce every month

    const double batchChance = draft.segment == Segment::Enterprise ? 0.7
            : draft.segment == Segment::PublicSector                ? 0.8
            : draft.segment == Segment::MidMarket                   ? 0.4
            : draft.segment == Segment::SmallBusiness               ? 0.1
                                                                    : 0.0;
    draft.batchPayer = draft.method != u"direct_debit" && random.chance(batchChance);
    if (draft.batchPayer) {
        draft.runInterval = draft.segment == Segment::PublicSector ? 30 : (random.chance(0.6) ? 7 : 14);
        draft.runWeekday = random.uniform(2, 5);
        draft.runParity = random.uniform(0, 1);
    }

    // the desk's flags and the credit review date
    DemoCustomerControls &flags = draft.controls;
    if (consumer) {
        flags.doNotCall = random.chance(0.05);
        flags.ceaseCommunication = draft.profile == Profile::Delinquent && random.chance(0.15);
        flags.attorney = draft.profile == Profile::Delinquent && !flags.ceaseCommunication && random.chance(0.2);
        flags.noWorkCalls = random.chance(0.2);
    } else {
        flags.doNotCall = random.chance(0.01);
        flags.nextReviewDate = dateOf(m_today + random.uniform(-45, 330));
    }
    return draft;
}

void Generation::writeCustomer(const CustomerDraft &draft, DemoRandom &random)
{
    const Customer &c = draft.customer;
    const Id clerk = m_staff.clerkOfCurrency(draft.currency);
    const Stamp stamp = stampAt(clerk, draft.createdDay, 28800, 57600, random);
    m_customerId = m_repo.insertCustomer(c, stamp);
    m_writer.setCustomerControls(m_customerId, draft.controls);
    ++m_summary.customers;
    if (c.consumer)
        ++m_summary.consumerCustomers;

    const CountryFlavour &flavour = m_flavours[draft.flavour];
    if (c.consumer) {
        m_writer.insertContactPerson(
                {m_customerId, c.name, QStringLiteral("Account holder"), c.phone, c.email, c.timeZone, true});
        ++m_summary.contactPersons;
    } else {
        auto email = [&](const QString &name) {
            return demo::asciiSlug(name).replace(u'-', u'.') + u'@' + draft.domain;
        };
        m_writer.insertContactPerson({m_customerId, draft.primaryPerson, QStringLiteral("Accounts payable"), c.phone,
                                      email(draft.primaryPerson), c.timeZone, true});
        ++m_summary.contactPersons;
        if (random.chance(0.6)) {
            const QString name = demo::personName(flavour, random);
            m_writer.insertContactPerson(
                    {m_customerId, name,
                     random.chance(0.5) ? QStringLiteral("Finance manager") : QStringLiteral("Controller"),
                     c.phone.left(c.phone.size() - 2) + QString::number(random.uniform(10, 99)), email(name),
                     c.timeZone, false});
            ++m_summary.contactPersons;
        }
        if (random.chance(0.3)) {
            const QString name = demo::personName(flavour, random);
            m_writer.insertContactPerson({m_customerId, name,
                                          draft.segment == Segment::PublicSector ? QStringLiteral("Head of finance")
                                                                                 : QStringLiteral("Managing director"),
                                          demo::mobileNumber(flavour, random), email(name), c.timeZone, false});
            ++m_summary.contactPersons;
        }
    }
    if (!c.notes.isEmpty() || random.chance(0.05)) {
        const int day = std::min(m_today, draft.createdDay + random.uniform(1, 400));
        const Id author = random.chance(0.5) ? *c.collectorId : clerk;
        m_writer.insertCustomerNote({m_customerId, m_clock.at(day, random.uniform(28800, 57600)), author,
                                     c.notes.isEmpty() ? random.pick(customerNoteTexts()) : c.notes,
                                     random.chance(0.4)});
        ++m_summary.customerNotes;
    }
}

// --- the ledger of one customer ---------------------------------------------------------------------

int Generation::snapToRun(const CustomerDraft &draft, int day) const
{
    if (!draft.batchPayer)
        return nextBusinessDay(day);
    if (draft.runInterval == 30) { // monthly on the 25th (or the business day before)
        QDate date = dateOf(day);
        for (int step = 0; step < 3; ++step) {
            const int run = previousBusinessDay(static_cast<int>(QDate(date.year(), date.month(), 25).toJulianDay()));
            if (run >= day)
                return run;
            date = date.addMonths(1);
        }
        return nextBusinessDay(day);
    }
    int run = day;
    while (dayOfWeek(run) != draft.runWeekday || (draft.runInterval == 14 && (run / 7) % 2 != draft.runParity))
        ++run;
    return run;
}

int Generation::payDayFor(const CustomerDraft &draft, const SimInvoice &invoice, DemoRandom &random, int age) const
{
    if (draft.method == u"direct_debit")
        return nextBusinessDay(invoice.due);
    double delay = 0;
    switch (draft.profile) {
    case Profile::Prompt:
        delay = random.normal(-1.5, 3.0);
        delay = std::min(delay, 12.0);
        break;
    case Profile::Slow:
        delay = 4.0 + std::min(random.exponential(18.0), 110.0);
        break;
    case Profile::Erratic: {
        const double mix = random.unit();
        delay = mix < 0.45 ? random.normal(1.0, 4.0)
                           : (mix < 0.85 ? 10.0 + random.exponential(25.0) : 60.0 + random.exponential(45.0));
        break;
    }
    case Profile::Delinquent:
        // getting worse: the older the relationship, the later they pay
        delay = 25.0 + random.exponential(55.0) + 40.0 * age / DemoGenerator::kHistoryDays;
        break;
    }
    const int day = std::max(invoice.issue + 1, invoice.due + static_cast<int>(std::lround(delay)));
    return snapToRun(draft, day);
}

void Generation::push(int day, EventKind kind, int index)
{
    m_events.push({day, m_sequence++, kind, index});
}

QString Generation::paymentReference(const CustomerDraft &draft, const QString &method, int day)
{
    const QDate date = dateOf(day);
    const QString ymd = date.toString(QStringLiteral("yyMMdd"));
    if (method == u"check")
        return QStringLiteral("CHK %1").arg(++m_checkNumber % 900000 + 100000);
    if (method == u"card")
        return QStringLiteral("CARD-%1-%2").arg(ymd).arg(++m_cardSequence, 6, 10, QLatin1Char('0'));
    if (method == u"direct_debit")
        return QStringLiteral("DD-%1-%2").arg(ymd, draft.customer.code);
    return QStringLiteral("BK%1-%2").arg(ymd).arg(++m_bankSequence, 7, 10, QLatin1Char('0'));
}

std::vector<OpenItem> Generation::collectibleItems(int day, bool overdueOnly) const
{
    std::vector<OpenItem> items;
    for (std::size_t i = 0; i < m_invoices.size(); ++i) {
        const SimInvoice &invoice = m_invoices[i];
        if (invoice.issue > day)
            break; // sorted by issue date
        if (invoice.open <= 0 || invoice.dispute >= 0 || (overdueOnly && invoice.due >= day))
            continue;
        items.push_back({static_cast<Id>(i), {}, dateOf(invoice.issue), dateOf(invoice.due), invoice.open});
    }
    return items;
}

void Generation::allocate(AllocationSource source, Id sourceId, int invoice, MinorUnits amount, int day,
                          const Stamp &stamp, const QString &reason, SimPayment *payment)
{
    SimInvoice &target = m_invoices[static_cast<std::size_t>(invoice)];
    Q_ASSERT(amount > 0 && amount <= target.open && day >= target.issue);
    Allocation allocation;
    allocation.invoiceId = target.id;
    allocation.source = source;
    allocation.sourceId = sourceId;
    allocation.date = dateOf(day);
    allocation.amount = amount;
    const Id id = m_repo.postAllocation(allocation, stamp, reason);
    target.open -= amount;
    target.applied.emplace_back(day, amount);
    ++m_summary.allocations;
    if (payment) {
        payment->unapplied -= amount;
        payment->allocations.push_back({invoice, amount, id});
    }
}

void Generation::processPayment(const CustomerDraft &draft, PaymentPlan &plan, int day, DemoRandom &random)
{
    std::vector<std::pair<int, MinorUnits>> lines;
    MinorUnits applied = 0;
    for (const auto &[invoice, wanted] : plan.targets) {
        const MinorUnits amount = std::min(wanted, m_invoices[static_cast<std::size_t>(invoice)].open);
        if (amount > 0) {
            lines.emplace_back(invoice, amount);
            applied += amount;
        }
    }
    MinorUnits onAccount = 0;
    if (plan.lumpFraction > 0) {
        std::vector<OpenItem> items = collectibleItems(day, true);
        MinorUnits overdue = 0;
        for (const OpenItem &item : items)
            overdue += item.open;
        const MinorUnits round = std::max<MinorUnits>(draft.roundingUnit, 100) * 50; // 50 units
        MinorUnits lump = static_cast<MinorUnits>(overdue * plan.lumpFraction) / round * round;
        if (lump <= 0 && overdue > 0)
            lump = overdue; // a small balance is paid in full
        if (lump > 0) {
            const AllocationPlan allocation = allocateOldestDueFirst(lump, std::move(items));
            for (const AllocationLine &line : allocation.lines) {
                lines.emplace_back(static_cast<int>(line.invoiceId), line.amount);
                applied += line.amount;
            }
            onAccount = allocation.unapplied;
        }
    }
    const MinorUnits amount = applied + plan.extra + onAccount;
    if (amount <= 0)
        return;

    const QString method = plan.method.isEmpty() ? draft.method : plan.method;
    const Id clerk = m_staff.clerkOfCurrency(draft.currency);
    const Stamp stamp = stampAt(clerk, day, 30600, 55800, random);
    Payment payment;
    payment.reference = paymentReference(draft, method, day);
    payment.customerId = m_customerId;
    payment.receivedDate = dateOf(day);
    payment.amount = amount;
    payment.currency = draft.customer.currency;
    payment.method = method;
    SimPayment sim;
    sim.day = day;
    sim.amount = amount;
    sim.unapplied = amount;
    sim.method = method;
    sim.replacement = plan.replacement;
    sim.id = m_repo.postPayment(payment, stamp);
    ++m_summary.payments;
    if (draft.customer.collectorId && payment.receivedDate > m_summary.today.addMonths(-3)
        && payment.receivedDate <= m_summary.today)
        m_collectedLastQuarter[{*draft.customer.collectorId, payment.currency}] += amount;
    m_payments.push_back(std::move(sim));
    const int index = static_cast<int>(m_payments.size()) - 1;
    for (const auto &[invoice, lineAmount] : lines) {
        const SimInvoice &target = m_invoices[static_cast<std::size_t>(invoice)];
        const QString reason = lineAmount < target.open ? plan.shortReason : QString();
        allocate(AllocationSource::Payment, m_payments[index].id, invoice, lineAmount, day, stamp, reason,
                 &m_payments[index]);
    }

    SimPayment &posted = m_payments[static_cast<std::size_t>(index)];
    if (posted.unapplied > 0) {
        // a clerk applies most of the cash on account to later invoices, some stays
        if (random.chance(0.55)) {
            const int applyDay = nextBusinessDay(day + random.uniform(3, 35));
            if (applyDay <= m_today) {
                m_clerkApplies.push_back(index);
                push(applyDay, EventKind::ClerkApply, static_cast<int>(m_clerkApplies.size()) - 1);
            }
        }
        return;
    }
    // returned direct debits, bounced cheques, card chargebacks
    double rate = 0;
    int from = 0;
    int to = 0;
    if (method == u"direct_debit") {
        rate = 0.02;
        from = 3;
        to = 8;
    } else if (method == u"check") {
        rate = 0.012;
        from = 4;
        to = 12;
    } else if (method == u"card") {
        rate = 0.004;
        from = 20;
        to = 60;
    }
    if (!plan.replacement && rate > 0 && random.chance(rate)) {
        const int reversalDay = nextBusinessDay(day + random.uniform(from, to));
        if (reversalDay <= m_today) {
            m_reversals.push_back(index);
            push(reversalDay, EventKind::Reversal, static_cast<int>(m_reversals.size()) - 1);
        }
    }
}

void Generation::processReversal(const CustomerDraft &draft, int paymentIndex, int day, DemoRandom &random)
{
    SimPayment &payment = m_payments[static_cast<std::size_t>(paymentIndex)];
    const Id clerk = m_staff.clerkOfCurrency(draft.currency);
    const Stamp stamp = stampAt(clerk, day, 30600, 55800, random);
    const QString reason = payment.method == u"direct_debit"
            ? QStringLiteral("Direct debit returned: insufficient funds")
            : payment.method == u"check" ? QStringLiteral("Cheque returned unpaid")
                                         : QStringLiteral("Card chargeback");
    // as LedgerService::reversePayment does: each live allocation gets its negative twin
    PaymentPlan replacement;
    for (const SimAllocation &allocation : payment.allocations) {
        SimInvoice &invoice = m_invoices[static_cast<std::size_t>(allocation.invoice)];
        Allocation reversing;
        reversing.invoiceId = invoice.id;
        reversing.source = AllocationSource::Payment;
        reversing.sourceId = payment.id;
        reversing.date = dateOf(day);
        reversing.amount = -allocation.amount;
        reversing.reversesId = allocation.id;
        m_repo.postAllocation(reversing, stamp, QStringLiteral("reversal"));
        ++m_summary.allocations;
        invoice.open += allocation.amount;
        invoice.applied.emplace_back(day, -allocation.amount);
        replacement.targets.emplace_back(allocation.invoice, allocation.amount);
    }
    m_repo.postReversal({0, ReversalKind::Payment, payment.id, dateOf(day), reason}, stamp);
    m_repo.markSourceReversed(ReversalKind::Payment, payment.id, dateOf(day));
    payment.reversedDay = day;
    payment.unapplied = 0;
    ++m_summary.paymentReversals;

    // most customers pay again by bank transfer
    if (random.chance(draft.profile == Profile::Delinquent ? 0.4 : 0.85)) {
        const int repayDay = nextBusinessDay(day + random.uniform(3, 20));
        if (repayDay <= m_today) {
            replacement.method = QStringLiteral("wire");
            replacement.replacement = true;
            m_paymentPlans.push_back(std::move(replacement));
            push(repayDay, EventKind::Payment, static_cast<int>(m_paymentPlans.size()) - 1);
        }
    }
}

void Generation::processCreditNote(const CustomerDraft &draft, const CreditPlan &plan, int day, DemoRandom &random)
{
    const QDate date = dateOf(day);
    const int month = date.year() * 100 + date.month();
    const int number = ++m_creditNoteCounters[month];
    CreditNote note;
    note.number = QStringLiteral("CN-%1-%2").arg(month).arg(number, 5, 10, QLatin1Char('0'));
    note.customerId = m_customerId;
    note.issueDate = date;
    note.amount = plan.amount;
    note.currency = draft.customer.currency;
    note.reason = plan.reason;
    const Id clerk = m_staff.clerkOfCurrency(draft.currency);
    const Stamp stamp = stampAt(clerk, day, 32400, 57600, random);
    const Id id = m_repo.postCreditNote(note, stamp);
    ++m_summary.creditNotes;
    if (plan.dispute >= 0)
        m_disputes[static_cast<std::size_t>(plan.dispute)].reference = id;
    if (!plan.apply)
        return;
    if (plan.invoice >= 0) {
        const MinorUnits amount = std::min(plan.amount, m_invoices[static_cast<std::size_t>(plan.invoice)].open);
        if (amount > 0)
            allocate(AllocationSource::CreditNote, id, plan.invoice, amount, day, stamp, {}, nullptr);
        return;
    }
    for (const AllocationLine &line : allocateOldestDueFirst(plan.amount, collectibleItems(day, false)).lines)
        allocate(AllocationSource::CreditNote, id, static_cast<int>(line.invoiceId), line.amount, day, stamp, {},
                 nullptr);
}

void Generation::processWriteOff(const CustomerDraft &draft, const WriteOffPlan &plan, int day, DemoRandom &random)
{
    SimInvoice &invoice = m_invoices[static_cast<std::size_t>(plan.invoice)];
    const MinorUnits amount = plan.amount > 0 ? std::min(plan.amount, invoice.open) : invoice.open;
    if (amount <= 0)
        return;
    const int region = m_flavours[draft.flavour].regionIndex;
    const Id collector = m_staff.collectors[static_cast<std::size_t>(region)];
    const Id approver = plan.badDebt ? m_staff.manager : m_staff.supervisorOfRegion(region);
    const Id requester = plan.badDebt || plan.dispute >= 0 ? collector : m_staff.clerkOfCurrency(draft.currency);
    const Stamp stamp = stampAt(approver, day, 36000, 61200, random);
    const Id writeOff = m_repo.postWriteOff(invoice.id, dateOf(day), amount, plan.reason, requester, approver, stamp);
    ++m_summary.writeOffs;
    // the approved request behind it (the approval workflow's record)
    DemoAdjustmentRequest request;
    request.invoiceId = invoice.id;
    request.amount = amount;
    request.currency = draft.customer.currency;
    request.reason = plan.reason;
    request.requestedBy = requester;
    request.requestedAt =
            m_clock.at(std::max(invoice.issue, day - random.uniform(1, 10)), random.uniform(30000, 55000));
    request.status = QStringLiteral("approved");
    request.decidedBy = approver;
    request.decidedAt = stamp.at;
    request.decisionNote =
            plan.badDebt ? QStringLiteral("Approved: no recovery expected.") : QStringLiteral("Approved.");
    request.writeOffId = writeOff;
    const Id requestId = m_writer.insertAdjustmentRequest(request);
    if (plan.dispute >= 0)
        m_disputes[static_cast<std::size_t>(plan.dispute)].reference = requestId;
    allocate(AllocationSource::WriteOff, writeOff, plan.invoice, amount, day, stamp, QStringLiteral("write_off"),
             nullptr);
}

void Generation::processClerkApply(const CustomerDraft &draft, int paymentIndex, int day, DemoRandom &random)
{
    SimPayment &payment = m_payments[static_cast<std::size_t>(paymentIndex)];
    if (payment.unapplied <= 0 || payment.reversedDay >= 0)
        return;
    const AllocationPlan plan = allocateOldestDueFirst(payment.unapplied, collectibleItems(day, false));
    if (plan.lines.empty())
        return;
    const Stamp stamp = stampAt(m_staff.clerkOfCurrency(draft.currency), day, 30600, 55800, random);
    for (const AllocationLine &line : plan.lines)
        allocate(AllocationSource::Payment, payment.id, static_cast<int>(line.invoiceId), line.amount, day, stamp,
                 QStringLiteral("on_account"), &m_payments[static_cast<std::size_t>(paymentIndex)]);
}

void Generation::simulateLedger(const CustomerDraft &draft, int index)
{
    DemoRandom random(m_options.seed, static_cast<std::uint32_t>(index), LedgerStream);
    m_invoices.clear();
    m_payments.clear();
    m_disputes.clear();
    m_paymentPlans.clear();
    m_creditPlans.clear();
    m_writeOffPlans.clear();
    m_clerkApplies.clear();
    m_reversals.clear();
    m_sequence = 0;

    const Customer &c = draft.customer;
    const int terms = c.termsDays;
    const bool monthlyBiller = draft.segment == Segment::Enterprise || draft.segment == Segment::MidMarket
            || draft.segment == Segment::PublicSector;

    // invoices: business days in the active window, some on the last business day of a month
    std::vector<int> issueDays;
    issueDays.reserve(static_cast<std::size_t>(draft.invoiceCount));
    for (int i = 0; i < draft.invoiceCount; ++i) {
        int day = random.uniform(draft.firstDay, draft.lastDay);
        if (monthlyBiller && random.chance(0.3)) {
            const QDate date = dateOf(day);
            day = static_cast<int>(QDate(date.year(), date.month(), date.daysInMonth()).toJulianDay());
        }
        day = previousBusinessDay(day);
        if (day < draft.firstDay)
            day = nextBusinessDay(draft.firstDay);
        if (day > m_today)
            day = previousBusinessDay(m_today);
        issueDays.push_back(day);
    }
    std::sort(issueDays.begin(), issueDays.end());
    const Id clerk = m_staff.clerkOfCurrency(draft.currency);
    const MinorUnits typical = std::max<MinorUnits>(static_cast<MinorUnits>(draft.typicalMinor), 500);
    const MinorUnits subscription = roundToUnit(draft.typicalMinor, std::max<MinorUnits>(draft.roundingUnit, 10))
            - (draft.roundingUnit == 1 ? 10 : 0);
    for (int day : issueDays) {
        SimInvoice invoice;
        invoice.issue = day;
        invoice.due = day + terms;
        double amount = static_cast<double>(typical) * random.logNormal(-0.18, 0.6);
        if (c.consumer && random.chance(0.7) && subscription > 0)
            amount = static_cast<double>(subscription);
        const MinorUnits unit = random.chance(0.2) ? std::max<MinorUnits>(draft.roundingUnit, 100) : draft.roundingUnit;
        invoice.amount = std::max<MinorUnits>(roundToUnit(amount, unit), 500);
        invoice.open = invoice.amount;
        const QDate date = dateOf(day);
        const int month = date.year() * 100 + date.month();
        const int number = ++m_invoiceCounters[month];
        invoice.number = QStringLiteral("INV-%1-%2").arg(month).arg(number, 6, 10, QLatin1Char('0'));
        Invoice posted;
        posted.number = invoice.number;
        posted.customerId = m_customerId;
        posted.issueDate = date;
        posted.dueDate = dateOf(invoice.due);
        posted.amount = invoice.amount;
        posted.currency = c.currency;
        invoice.id = m_repo.postInvoice(posted, stampAt(clerk, day, 25200, 36000, random));
        ++m_summary.invoices;
        m_invoices.push_back(std::move(invoice));
    }

    // what the customer does about each invoice
    struct Rates
    {
        double partial, missing, overpay, duplicate, dispute;
    };
    static constexpr std::array<Rates, 4> kRates{{{0.015, 0.002, 0.006, 0.003, 0.006},
                                                  {0.04, 0.01, 0.008, 0.004, 0.015},
                                                  {0.10, 0.04, 0.02, 0.01, 0.03},
                                                  {0.18, 0.12, 0.004, 0.002, 0.02}}};
    const Rates &rates = kRates[static_cast<std::size_t>(draft.profile)];
    const bool directDebit = draft.method == u"direct_debit";
    const MinorUnits smallBalance = static_cast<MinorUnits>(20.0 * kCurrencies[draft.currency].perEuro * 100);
    std::map<int, int> runPlans; // pay day -> plan index, for payment runs and direct debits
    auto intend = [&](int day, int invoice, MinorUnits amount, const QString &reason) {
        if (day > m_today || amount <= 0)
            return;
        if (draft.batchPayer || directDebit) {
            auto it = runPlans.find(day);
            if (it == runPlans.end()) {
                m_paymentPlans.push_back({});
                it = runPlans.emplace(day, static_cast<int>(m_paymentPlans.size()) - 1).first;
                push(day, EventKind::Payment, it->second);
            }
            PaymentPlan &plan = m_paymentPlans[static_cast<std::size_t>(it->second)];
            plan.targets.emplace_back(invoice, amount);
            if (!reason.isEmpty())
                plan.shortReason = reason;
            return;
        }
        PaymentPlan plan;
        plan.targets.emplace_back(invoice, amount);
        plan.shortReason = reason;
        m_paymentPlans.push_back(std::move(plan));
        push(day, EventKind::Payment, static_cast<int>(m_paymentPlans.size()) - 1);
    };
    auto credit = [&](int day, CreditPlan plan) {
        if (day > m_today || plan.amount <= 0)
            return;
        m_creditPlans.push_back(std::move(plan));
        push(day, EventKind::CreditNote, static_cast<int>(m_creditPlans.size()) - 1);
    };
    auto writeOff = [&](int day, WriteOffPlan plan) {
        if (day > m_today)
            return;
        m_writeOffPlans.push_back(std::move(plan));
        push(day, EventKind::WriteOff, static_cast<int>(m_writeOffPlans.size()) - 1);
    };
    const MinorUnits unit = std::max<MinorUnits>(draft.roundingUnit, 1);
    auto part = [&](MinorUnits amount, double share) {
        return std::clamp<MinorUnits>(roundToUnit(static_cast<double>(amount) * share, unit), unit, amount - unit);
    };

    for (int i = 0; i < static_cast<int>(m_invoices.size()); ++i) {
        SimInvoice &invoice = m_invoices[static_cast<std::size_t>(i)];
        const int age = invoice.issue - draft.firstDay;
        MinorUnits payable = invoice.amount;
        QString reason;

        const double special = random.unit();
        if (special < 0.003 && !directDebit) { // goods returned: a full credit note, nothing to pay
            credit(nextBusinessDay(invoice.issue + random.uniform(3, 25)),
                   {i, invoice.amount, QStringLiteral("Goods returned"), true, -1});
            continue;
        }
        if (special < 0.011) { // price correction: the customer pays the corrected amount
            const int day = nextBusinessDay(invoice.issue + random.uniform(2, 20));
            const MinorUnits amount = part(invoice.amount, 0.03 + 0.17 * random.unit());
            if (day <= m_today && amount > 0 && amount < invoice.amount) {
                credit(day, {i, amount, QStringLiteral("Price correction"), true, -1});
                payable -= amount;
            }
        }

        // a dispute on an overdue invoice: the disputed part is held back until resolved
        const int opened = nextBusinessDay(invoice.due + random.uniform(3, 25));
        if (!directDebit && payable == invoice.amount && opened < m_today && random.chance(rates.dispute)) {
            SimDispute dispute;
            dispute.invoice = i;
            dispute.reason = disputeReasons().at(random.weighted(std::array<int, 6>{30, 20, 20, 10, 10, 10}));
            const double share = dispute.reason == u"pricing" ? 0.05 + 0.25 * random.unit()
                    : dispute.reason == u"quantity"           ? 0.1 + 0.4 * random.unit()
                    : dispute.reason == u"quality"            ? 0.2 + 0.8 * random.unit()
                    : dispute.reason == u"other"              ? 0.1 + 0.4 * random.unit()
                                                              : 1.0;
            dispute.amount = share >= 1.0 ? invoice.amount : part(invoice.amount, share);
            dispute.opened = opened;
            dispute.dueDay = opened + (random.chance(0.5) ? 14 : 30);
            const int resolved =
                    nextBusinessDay(opened + (random.chance(0.2) ? random.uniform(60, 200) : random.uniform(7, 80)));
            const int disputeIndex = static_cast<int>(m_disputes.size());
            invoice.dispute = disputeIndex;
            if (resolved <= m_today) {
                dispute.resolved = resolved;
                const int outcome = random.weighted(std::array<int, 3>{45, 40, 15});
                if (outcome == 0) {
                    dispute.resolution = QStringLiteral("credit_note");
                    credit(resolved,
                           {i, dispute.amount, QStringLiteral("Dispute settled: %1").arg(dispute.reason), true,
                            disputeIndex});
                } else if (outcome == 1) {
                    dispute.resolution = QStringLiteral("rejected");
                    if (draft.profile != Profile::Delinquent || random.chance(0.5))
                        intend(snapToRun(draft, resolved + random.uniform(3, 30)), i, dispute.amount, {});
                } else {
                    dispute.resolution = QStringLiteral("write_off_request");
                    writeOff(resolved,
                             {i, dispute.amount, QStringLiteral("Dispute closed in the customer's favour"),
                              disputeIndex, false});
                }
            }
            m_disputes.push_back(std::move(dispute));
            payable -= m_disputes.back().amount;
            if (payable > 0)
                intend(payDayFor(draft, invoice, random, age), i, payable, QStringLiteral("dispute"));
            continue;
        }

        const int payDay = payDayFor(draft, invoice, random, age);
        const double fate = random.unit();
        double missing = rates.missing;
        if (draft.profile == Profile::Delinquent && invoice.issue > m_today - 150)
            missing += 0.35; // the recent invoices of a delinquent customer are stuck
        if (directDebit) {
            intend(payDay, i, payable, reason);
        } else if (fate < missing) {
            // never paid; a delinquent customer's oldest items are written off as bad debt
            if (draft.profile == Profile::Delinquent && random.chance(0.35))
                writeOff(nextBusinessDay(invoice.due + random.uniform(300, 420)),
                         {i, 0, QStringLiteral("Bad debt: customer insolvent"), -1, true});
            else if (draft.profile == Profile::Prompt) // forgotten, found after a reminder
                intend(snapToRun(draft, invoice.due + random.uniform(60, 120)), i, payable, {});
        } else if (fate < missing + rates.partial && payable > 2 * unit) {
            const bool deduction = draft.profile == Profile::Prompt || draft.profile == Profile::Slow;
            const MinorUnits first = part(payable, deduction ? 0.95 + 0.04 * random.unit() : 0.3 + 0.6 * random.unit());
            const MinorUnits rest = payable - first;
            intend(payDay, i, first, deduction ? QStringLiteral("deduction") : QStringLiteral("partial"));
            const double next = random.unit();
            if (next < 0.5)
                intend(snapToRun(draft, payDay + random.uniform(15, 60)), i, rest, {});
            else if (next < 0.65)
                credit(nextBusinessDay(payDay + random.uniform(10, 40)),
                       {i, rest, QStringLiteral("Deduction accepted"), true, -1});
            else if (next < 0.8 && rest <= smallBalance)
                writeOff(nextBusinessDay(payDay + random.uniform(30, 90)),
                         {i, rest, QStringLiteral("Small balance write-off"), -1, false});
        } else {
            intend(payDay, i, payable, reason);
        }

        // overpaid, or the same invoice paid twice: cash on account
        if (!directDebit && random.chance(rates.overpay)) {
            PaymentPlan plan;
            plan.targets.emplace_back(i, payable);
            plan.extra = std::max<MinorUnits>(unit, roundToUnit(payable * (0.002 + 0.05 * random.unit()), unit));
            if (payDay <= m_today) {
                m_paymentPlans.push_back(std::move(plan));
                push(payDay, EventKind::Payment, static_cast<int>(m_paymentPlans.size()) - 1);
            }
        }
        if (!directDebit && random.chance(rates.duplicate)) {
            const int day = nextBusinessDay(payDay + random.uniform(1, 10));
            if (day <= m_today) {
                PaymentPlan plan;
                plan.extra = payable;
                m_paymentPlans.push_back(std::move(plan));
                push(day, EventKind::Payment, static_cast<int>(m_paymentPlans.size()) - 1);
            }
        }
    }

    // delinquent customers pay round sums on account now and then
    if (draft.profile == Profile::Delinquent) {
        for (int day = nextBusinessDay(draft.firstDay + random.uniform(45, 90)); day <= m_today;
             day = nextBusinessDay(day + random.uniform(20, 50))) {
            PaymentPlan plan;
            plan.lumpFraction = 0.25 + 0.45 * random.unit();
            plan.method = QStringLiteral("wire");
            m_paymentPlans.push_back(std::move(plan));
            push(day, EventKind::Payment, static_cast<int>(m_paymentPlans.size()) - 1);
        }
    }

    // yearly volume rebates for some larger customers
    if ((draft.segment == Segment::Enterprise || draft.segment == Segment::MidMarket) && random.chance(0.15)) {
        for (int year = dateOf(m_firstDay).year() + 1; year <= dateOf(m_today).year(); ++year) {
            const int day = nextBusinessDay(static_cast<int>(QDate(year, 1, 15).toJulianDay()) + random.uniform(0, 30));
            if (day > m_today || day < draft.firstDay + 180)
                continue;
            MinorUnits volume = 0;
            for (const SimInvoice &invoice : m_invoices)
                if (invoice.issue < day && invoice.issue >= day - 365)
                    volume += invoice.amount;
            const MinorUnits rebate =
                    roundToUnit(volume * (0.01 + 0.01 * random.unit()), std::max<MinorUnits>(unit, 100));
            credit(day, {-1, rebate, QStringLiteral("Volume rebate %1").arg(year - 1), random.chance(0.5), -1});
        }
    }

    // play the year forward, day by day
    while (!m_events.empty()) {
        const Event event = m_events.top();
        m_events.pop();
        switch (event.kind) {
        case EventKind::Payment:
            processPayment(draft, m_paymentPlans[static_cast<std::size_t>(event.index)], event.day, random);
            break;
        case EventKind::CreditNote:
            processCreditNote(draft, m_creditPlans[static_cast<std::size_t>(event.index)], event.day, random);
            break;
        case EventKind::WriteOff:
            processWriteOff(draft, m_writeOffPlans[static_cast<std::size_t>(event.index)], event.day, random);
            break;
        case EventKind::ClerkApply:
            processClerkApply(draft, m_clerkApplies[static_cast<std::size_t>(event.index)], event.day, random);
            break;
        case EventKind::Reversal:
            processReversal(draft, m_reversals[static_cast<std::size_t>(event.index)], event.day, random);
            break;
        }
    }
    for (const SimPayment &payment : m_payments)
        if (payment.reversedDay < 0 && payment.unapplied > 0)
            ++m_summary.paymentsWithUnappliedCash;
}

// --- the collector desk of one customer -------------------------------------------------------------

void Generation::simulateDesk(const CustomerDraft &draft, int index)
{
    DemoRandom random(m_options.seed, static_cast<std::uint32_t>(index), DeskStream);
    const Customer &c = draft.customer;
    const QString &currency = c.currency;
    const int region = m_flavours[draft.flavour].regionIndex;
    const Id collector = *c.collectorId;
    const Id supervisor = m_staff.supervisorOfRegion(region);
    const double minorPerEuro = kCurrencies[draft.currency].perEuro * 100.0;
    const MinorUnits minimumOverdue = static_cast<MinorUnits>(25.0 * minorPerEuro);
    const int yesterday = m_today - 1;
    const bool silent = draft.controls.ceaseCommunication || draft.controls.attorney;
    static constexpr std::array<int, 5> kThresholdDays{20, 14, 10, 7, 5}; // days past due before a call, by risk
    const int threshold =
            c.consumer ? 10 : kThresholdDays[static_cast<std::size_t>(c.riskClass.at(0).unicode() - u'A')];
    const int profile = static_cast<int>(draft.profile);

    // collectible overdue on a day: open, past due, not held back by an open dispute
    auto overdueOn = [&](int day, int *oldestDays, int *oldestInvoice) {
        MinorUnits overdue = 0;
        *oldestDays = 0;
        *oldestInvoice = -1;
        for (std::size_t i = 0; i < m_invoices.size(); ++i) {
            const SimInvoice &invoice = m_invoices[i];
            if (invoice.issue > day)
                break;
            if (invoice.due >= day
                || (invoice.open == 0 && (invoice.applied.empty() || invoice.applied.back().first <= day)))
                continue;
            MinorUnits open = invoice.openOn(day);
            if (invoice.dispute >= 0) {
                const SimDispute &dispute = m_disputes[static_cast<std::size_t>(invoice.dispute)];
                if (dispute.opened <= day && (dispute.resolved < 0 || dispute.resolved > day))
                    open -= std::min(open, dispute.amount);
            }
            if (open <= 0)
                continue;
            overdue += open;
            if (day - invoice.due > *oldestDays) {
                *oldestDays = day - invoice.due;
                *oldestInvoice = static_cast<int>(i);
            }
        }
        return overdue;
    };
    // what the customer paid from `from` to `to` (both included), net of reversals
    auto paidBetween = [&](int from, int to, std::optional<int> invoice) {
        MinorUnits paid = 0;
        for (const SimPayment &payment : m_payments) {
            if (payment.day < from || payment.day > to || payment.reversedDay >= 0)
                continue;
            if (!invoice) {
                paid += payment.amount;
                continue;
            }
            for (const SimAllocation &allocation : payment.allocations)
                if (allocation.invoice == *invoice)
                    paid += allocation.amount;
        }
        return paid;
    };

    std::vector<ContactDraft> contacts;
    std::vector<PromiseDraft> promises;
    std::vector<DemoComplaint> complaints;
    struct EscalationDraft
    {
        DemoEscalation escalation;
        int day = 0;
        int returnedDay = -1;
    };
    std::vector<EscalationDraft> escalations;

    auto newContact = [&](int day, int fromLocal, int toLocal, const QString &channel) -> ContactDraft & {
        const int utc = random.uniform(fromLocal, toLocal) - m_zones.at(draft.flavour, day);
        ContactDraft contactDraft;
        contactDraft.sortKey = static_cast<qint64>(day) * 86400 + utc;
        contactDraft.contact.customerId = m_customerId;
        contactDraft.contact.userId = collector;
        contactDraft.contact.at = m_clock.at(day, utc);
        contactDraft.contact.channel = channel;
        contacts.push_back(std::move(contactDraft));
        return contacts.back();
    };
    const int callFrom = c.consumer ? 9 * 3600 : 8 * 3600 + 1800;
    const int callTo = c.consumer ? 19 * 3600 + 1800 : 17 * 3600 + 1800;

    // --- the calls of the last twelve months --------------------------------------------------------
    // Each time the collector looks at the account: a contact, nothing overdue, or not yet
    // done (the backlog near today). Tasks due on a day end with the first visit from then.
    struct Visit
    {
        int day = 0;
        int contact = 0; // index into contacts, or one of:
    };
    constexpr int kNotOverdue = -1;
    constexpr int kBacklog = -2;
    std::vector<Visit> visits;
    std::vector<std::pair<int, int>> followUps; // contact index, follow-up day (a call task each)
    int pendingCallDue = -1;
    int lastEscalation = -100000;
    std::vector<int> brokenDeadlines;
    static constexpr std::array<double, 4> kReach{0.75, 0.65, 0.5, 0.35};
    static constexpr std::array<double, 4> kHonest{0.95, 0.9, 0.7, 0.45};
    static constexpr std::array<std::array<int, 5>, 4> kOutcomes{
            // promise, refused, plan, complaint, talk
            {{70, 1, 0, 1, 28}, {65, 3, 2, 1, 29}, {55, 8, 6, 1, 30}, {40, 20, 15, 1, 24}}};
    int day = nextBusinessDay(std::max(m_today - 365, draft.firstDay + 20) + random.uniform(0, 6));
    bool afterBroken = false;
    while (!silent && day <= yesterday) {
        int oldest = 0;
        int oldestInvoice = -1;
        const MinorUnits overdue = overdueOn(day, &oldest, &oldestInvoice);
        if (overdue < minimumOverdue || oldest < threshold) {
            visits.push_back({day, kNotOverdue});
            day = nextBusinessDay(day + random.uniform(3, 7));
            afterBroken = false;
            continue;
        }
        if (day >= m_today - 5 && random.chance(0.45)) {
            pendingCallDue = day; // the collector has not got to it yet
            visits.push_back({day, kBacklog});
            break;
        }
        const bool email = draft.controls.doNotCall || random.chance(0.08);
        const bool inbound = !email && random.chance(0.05);
        const QString channel = email ? QStringLiteral("email")
                : inbound             ? QStringLiteral("call_in")
                                      : QStringLiteral("call_out");
        ContactDraft &contact = newContact(day, callFrom, callTo, channel);
        DemoContact &row = contact.contact;
        const int contactIndex = static_cast<int>(contacts.size()) - 1;
        visits.push_back({day, contactIndex});
        const QString overdueText = amountText(overdue, currency);
        const QString prefix = afterBroken ? QStringLiteral("Follow-up on a broken promise. ") : QString();
        afterBroken = false;
        int next = day;
        const bool reached = inbound || random.chance(kReach[static_cast<std::size_t>(profile)]);
        if (!reached) {
            if (email) {
                row.outcome = QStringLiteral("no_answer");
                row.notes = prefix + QStringLiteral("Reminder e-mail about %1 overdue; no reply yet.").arg(overdueText);
            } else {
                switch (random.weighted(std::array<int, 4>{55, 33, 8, 4})) {
                case 0:
                    row.outcome = QStringLiteral("no_answer");
                    row.durationSeconds = random.uniform(20, 45);
                    row.notes = prefix + QStringLiteral("No answer.");
                    break;
                case 1:
                    row.outcome = QStringLiteral("voicemail_left");
                    row.durationSeconds = random.uniform(40, 90);
                    row.notes = prefix
                            + QStringLiteral("Left a voicemail asking for a call back about %1 overdue.")
                                      .arg(overdueText);
                    break;
                case 2:
                    row.outcome = QStringLiteral("third_party");
                    row.durationSeconds = random.uniform(60, 180);
                    row.person = random.chance(0.5) ? QStringLiteral("Reception") : QStringLiteral("Colleague");
                    row.notes = prefix + QStringLiteral("Contact not available; message passed on.");
                    break;
                default:
                    row.outcome = QStringLiteral("wrong_number");
                    row.durationSeconds = random.uniform(15, 40);
                    row.notes = prefix + QStringLiteral("Wrong number; asked AP by e-mail for the right contact.");
                    break;
                }
            }
            next = day + random.uniform(2, 4);
        } else {
            row.person = draft.primaryPerson;
            row.durationSeconds = email ? 0 : random.uniform(120, 900);
            std::erase_if(brokenDeadlines, [&](int deadline) { return deadline < day - 120; });
            std::array<int, 5> weights = kOutcomes[static_cast<std::size_t>(profile)];
            if (brokenDeadlines.size() >= 2)
                weights[0] /= 3; // after two broken promises the collector stops taking more
            const int outcome = random.weighted(weights);
            if (outcome == 0) {
                row.outcome = QStringLiteral("promise_taken");
                PromiseDraft promise;
                promise.promise.id = static_cast<qint64>(promises.size()) + 1;
                promise.promise.customerId = m_customerId;
                promise.promise.takenOn = dateOf(day);
                // an honest customer promises what they are about to pay
                const SimPayment *coming = nullptr;
                for (const SimPayment &payment : m_payments)
                    if (payment.day >= day && payment.day <= day + 40 && payment.reversedDay < 0) {
                        coming = &payment;
                        break;
                    }
                const bool honest = coming && random.chance(kHonest[static_cast<std::size_t>(profile)]);
                // a quarter of the promises name one invoice: the one the customer means to pay
                std::optional<int> invoice;
                if (random.chance(0.25)) {
                    if (honest) {
                        for (const SimAllocation &allocation : coming->allocations)
                            if (m_invoices[static_cast<std::size_t>(allocation.invoice)].due < day) {
                                invoice = allocation.invoice;
                                break;
                            }
                    } else if (oldestInvoice >= 0) {
                        invoice = oldestInvoice;
                    }
                }
                MinorUnits amount = overdue;
                if (invoice) {
                    promise.promise.invoiceId = m_invoices[static_cast<std::size_t>(*invoice)].id;
                    amount = std::min(overdue, m_invoices[static_cast<std::size_t>(*invoice)].openOn(day));
                }
                int promised = 0;
                if (honest) {
                    promised = std::max(day, coming->day - random.uniform(0, 2));
                    const MinorUnits paid = paidBetween(day, promised + DemoGenerator::kPromiseGraceDays, invoice);
                    if (paid > 0 && random.chance(0.65))
                        amount = std::min(amount, paid);
                } else {
                    promised = nextBusinessDay(day + random.uniform(2, 10));
                    if (random.chance(0.3))
                        amount = roundToUnit(amount * (0.4 + 0.3 * random.unit()),
                                             std::max<MinorUnits>(draft.roundingUnit, 100));
                }
                amount = std::max<MinorUnits>(amount, 1);
                promise.promise.promisedFor = dateOf(promised);
                promise.promise.amount = amount;
                promise.contact = static_cast<int>(contacts.size()) - 1;
                promise.createdAt = row.at;
                contact.promise = static_cast<int>(promises.size());
                promises.push_back(promise);
                const int deadline = promised + DemoGenerator::kPromiseGraceDays;
                row.notes = invoice
                        ? QStringLiteral("Promised %1 for %2 by %3.")
                                  .arg(amountText(amount, currency),
                                       m_invoices[static_cast<std::size_t>(*invoice)].number,
                                       dateOf(promised).toString(Qt::ISODate))
                        : QStringLiteral("Promised %1 by %2.")
                                  .arg(amountText(amount, currency), dateOf(promised).toString(Qt::ISODate));
                next = deadline + 1;
                const MinorUnits counted = paidBetween(day, deadline, invoice);
                if (deadline < m_today && counted == 0) {
                    brokenDeadlines.push_back(deadline);
                    afterBroken = true;
                }
            } else if (outcome == 1) {
                row.outcome = QStringLiteral("refused_to_pay");
                row.notes = random.chance(0.5)
                        ? QStringLiteral("Refuses to pay before the last delivery is sorted out with sales.")
                        : QStringLiteral("Says cash is tight; no commitment to pay %1.").arg(overdueText);
                next = day + random.uniform(7, 14);
            } else if (outcome == 2) {
                row.outcome = QStringLiteral("payment_plan_requested");
                row.notes = QStringLiteral("Asks to pay %1 in %2 monthly instalments; passed to the supervisor.")
                                    .arg(overdueText)
                                    .arg(random.uniform(3, 6));
                next = day + random.uniform(7, 10);
            } else if (outcome == 3) {
                row.outcome = QStringLiteral("complaint");
                const ComplaintText &text = kComplaints[random.uniform(0, 5)];
                row.notes = QStringLiteral("Customer complained: %1").arg(QString::fromUtf8(text.description));
                DemoComplaint complaint;
                complaint.customerId = m_customerId;
                complaint.receivedDate = dateOf(day);
                complaint.channel = QStringLiteral("call");
                complaint.category = QString::fromUtf8(text.category);
                complaint.description = QString::fromUtf8(text.description);
                complaint.resolution = QString::fromUtf8(text.resolution);
                complaints.push_back(std::move(complaint));
                next = day + random.uniform(7, 14);
            } else {
                row.outcome = QStringLiteral("right_party_contact");
                row.notes = random.chance(0.5)
                        ? QStringLiteral("Invoices received and in approval; call back next week.")
                        : QStringLiteral("Confirmed the balance of %1; payment run not scheduled yet.")
                                  .arg(overdueText);
                next = day + random.uniform(7, 14);
            }
            // hard cases go to the supervisor
            const bool large = overdue >= static_cast<MinorUnits>(5000.0 * minorPerEuro) || oldest >= 120;
            const bool trigger = outcome == 1 || outcome == 2 || brokenDeadlines.size() >= 2;
            if (large && trigger && day - lastEscalation > 365
                && random.chance(outcome == 1 || outcome == 2 ? 0.12 : 0.06)) {
                lastEscalation = day;
                EscalationDraft escalation;
                escalation.day = day;
                DemoEscalation &e = escalation.escalation;
                e.customerId = m_customerId;
                e.fromUser = collector;
                e.toUser = supervisor;
                e.reason = escalationReasons().at(outcome == 1 ? 1 : outcome == 2 ? 2 : (random.chance(0.5) ? 0 : 4));
                e.createdAt = m_clock.at(day, 57600 + random.uniform(0, 3600));
                const double state = random.unit();
                if (day <= m_today - 45 || state < 0.2) {
                    e.status = QStringLiteral("resolved");
                    e.instructions = random.pick(escalationInstructions());
                    e.resolvedAt =
                            m_clock.at(std::min(yesterday, day + random.uniform(1, 10)), random.uniform(30000, 60000));
                    e.resolvedBy = supervisor;
                } else if (day < yesterday && state < 0.6) {
                    e.status = QStringLiteral("returned");
                    e.instructions = random.pick(escalationInstructions());
                    escalation.returnedDay = std::min(yesterday, day + random.uniform(1, 5));
                    e.resolvedAt = m_clock.at(escalation.returnedDay, random.uniform(30000, 60000));
                    e.resolvedBy = supervisor;
                } else {
                    e.status = QStringLiteral("open");
                }
                escalations.push_back(std::move(escalation));
            }
        }
        if (c.consumer && reached)
            next = std::max(next, day + 7); // consumer rule: no call for 7 days after a conversation
        next = nextBusinessDay(std::max(next, day + 2));
        if (row.outcome != u"promise_taken") { // a promise is followed up through its own evaluation
            row.followUpDate = dateOf(next);
            followUps.emplace_back(contactIndex, next);
        }
        day = next;
    }

    // --- disputes: raised on a contact about the overdue invoice ------------------------------------
    std::vector<int> disputeContacts;
    for (const SimDispute &dispute : m_disputes) {
        const SimInvoice &invoice = m_invoices[static_cast<std::size_t>(dispute.invoice)];
        // by phone when the account may be called; otherwise the customer writes (a consumer's
        // dispute by e-mail, so no telephone conversation starts the consumer silence rule)
        int channel = random.weighted(std::array<int, 3>{50, 30, 20});
        if (draft.controls.doNotCall || c.consumer)
            channel = 2;
        if (silent)
            channel = 3;
        static const QStringList kChannels{QStringLiteral("call_out"), QStringLiteral("call_in"),
                                           QStringLiteral("email"), QStringLiteral("letter")};
        ContactDraft &contact = newContact(dispute.opened, callFrom, callTo, kChannels.at(channel));
        contact.contact.outcome = QStringLiteral("dispute_raised");
        contact.contact.person = draft.primaryPerson;
        contact.contact.durationSeconds = channel >= 2 ? 0 : random.uniform(180, 600);
        contact.contact.notes =
                QStringLiteral("Disputes %1 (%2): %3")
                        .arg(invoice.number, amountText(dispute.amount, currency), disputeNote(dispute.reason));
        disputeContacts.push_back(static_cast<int>(contacts.size()) - 1);
    }

    // --- complaints that came by letter or e-mail --------------------------------------------------
    if (random.chance(0.012) && yesterday > m_today - 365) {
        const ComplaintText &text = kComplaints[random.uniform(0, 5)];
        DemoComplaint complaint;
        complaint.customerId = m_customerId;
        complaint.receivedDate = dateOf(nextBusinessDay(random.uniform(m_today - 365, yesterday - 3)));
        complaint.channel = random.chance(0.5) ? QStringLiteral("letter") : QStringLiteral("email");
        complaint.category = QString::fromUtf8(text.category);
        complaint.description = QString::fromUtf8(text.description);
        complaint.resolution = QString::fromUtf8(text.resolution);
        complaints.push_back(std::move(complaint));
    }

    // --- write: contacts in time order, then what links to them ------------------------------------
    std::vector<int> order(contacts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return contacts[static_cast<std::size_t>(a)].sortKey < contacts[static_cast<std::size_t>(b)].sortKey;
    });
    std::vector<Id> contactIds(contacts.size());
    for (int i : order) {
        contactIds[static_cast<std::size_t>(i)] = m_writer.insertContact(contacts[static_cast<std::size_t>(i)].contact);
        ++m_summary.contacts;
    }

    // promises, evaluated as of today by the promise rule
    std::vector<PromiseToPay> toEvaluate;
    toEvaluate.reserve(promises.size());
    for (const PromiseDraft &promise : promises)
        toEvaluate.push_back(promise.promise);
    std::vector<ReceivedPayment> received;
    for (const SimPayment &payment : m_payments) {
        if (payment.reversedDay >= 0)
            continue;
        ReceivedPayment entry;
        entry.customerId = m_customerId;
        entry.receivedOn = dateOf(payment.day);
        entry.amount = payment.amount;
        for (const SimAllocation &allocation : payment.allocations)
            entry.applications.append({m_invoices[static_cast<std::size_t>(allocation.invoice)].id, allocation.amount});
        received.push_back(std::move(entry));
    }
    const auto evaluated = evaluatePromises(toEvaluate, received, DemoGenerator::kPromiseGraceDays, dateOf(m_today));
    if (!evaluated)
        throw StorageError(evaluated.error().message); // a bug in the generator, not a user error
    struct Closure
    {
        bool done = false;
        QString at;
        QString result;
    };
    auto closure = [&](int due) -> Closure {
        const auto visit = std::lower_bound(visits.begin(), visits.end(), due,
                                            [](const Visit &v, int value) { return v.day < value; });
        if (visit == visits.end() || visit->contact == kBacklog)
            return {};
        if (visit->contact == kNotOverdue)
            return {true, m_clock.at(visit->day, random.uniform(25200, 32400)), QStringLiteral("paid")};
        const DemoContact &contact = contacts[static_cast<std::size_t>(visit->contact)].contact;
        return {true, contact.at, contact.outcome};
    };
    auto task = [&](const QString &kind, Id assignee, int due, const QString &sourceKind, std::optional<Id> source,
                    const QString &dedupe, const QString &notes, const QString &createdAt, const Closure &done) {
        DemoTask t;
        t.customerId = m_customerId;
        t.assigneeId = assignee;
        t.kind = kind;
        t.dueDate = dateOf(due);
        t.sourceKind = sourceKind;
        t.sourceId = source;
        t.dedupeKey = dedupe;
        t.notes = notes;
        t.createdAt = createdAt;
        t.createdBy = collector;
        if (done.done) {
            t.status = QStringLiteral("done");
            t.doneAt = done.at;
            t.doneBy = assignee;
            t.result = done.result;
        } else {
            t.status = QStringLiteral("open");
            ++m_summary.openTasks;
        }
        m_writer.insertTask(t);
        ++m_summary.tasks;
    };
    for (std::size_t i = 0; i < promises.size(); ++i) {
        const PromiseDraft &draftPromise = promises[i];
        const PromiseEvaluation &evaluation = (*evaluated)[static_cast<qsizetype>(i)];
        DemoPromise row;
        row.customerId = m_customerId;
        row.collectorId = collector;
        row.contactId = contactIds[static_cast<std::size_t>(draftPromise.contact)];
        row.takenDate = draftPromise.promise.takenOn;
        row.promisedDate = draftPromise.promise.promisedFor;
        row.amount = draftPromise.promise.amount;
        row.currency = currency;
        row.invoiceId = draftPromise.promise.invoiceId;
        row.status = promiseStatusKey(evaluation.status);
        row.paid = evaluation.counted;
        row.evaluatedAsOf = dateOf(m_today);
        row.createdAt = draftPromise.createdAt;
        row.createdBy = collector;
        const Id id = m_writer.insertPromise(row);
        ++m_summary.promises;
        switch (evaluation.status) {
        case PromiseStatus::Kept:
            ++m_summary.promisesKept;
            break;
        case PromiseStatus::PartiallyKept:
            ++m_summary.promisesPartiallyKept;
            break;
        case PromiseStatus::Broken: {
            ++m_summary.promisesBroken;
            // a broken promise creates a follow-up for the collector
            const int deadline = static_cast<int>(row.promisedDate.toJulianDay()) + DemoGenerator::kPromiseGraceDays;
            const int due = deadline + 1; // on or before today: the promise is no longer pending
            task(QStringLiteral("promise_follow_up"), collector, due, QStringLiteral("promise"), id,
                 QStringLiteral("promise_follow_up:%1").arg(id),
                 QStringLiteral("Promise of %1 due %2 was not kept.")
                         .arg(amountText(row.amount, currency), row.promisedDate.toString(Qt::ISODate)),
                 m_clock.at(due, random.uniform(1800, 3600)), closure(due));
            break;
        }
        case PromiseStatus::Pending:
            ++m_summary.promisesPending;
            break;
        }
    }

    // disputes, and their follow-ups
    for (std::size_t i = 0; i < m_disputes.size(); ++i) {
        const SimDispute &dispute = m_disputes[i];
        const ContactDraft &contact = contacts[static_cast<std::size_t>(disputeContacts[i])];
        DemoDispute row;
        row.invoiceId = m_invoices[static_cast<std::size_t>(dispute.invoice)].id;
        row.customerId = m_customerId;
        row.amount = dispute.amount;
        row.reason = dispute.reason;
        row.ownerId = collector;
        row.dueDate = dateOf(dispute.dueDay);
        row.openedDate = dateOf(dispute.opened);
        row.notes = disputeNote(dispute.reason);
        row.createdAt = contact.contact.at;
        row.createdBy = collector;
        if (dispute.resolved >= 0) {
            row.status = QStringLiteral("resolved");
            row.resolution = dispute.resolution;
            row.resolvedDate = dateOf(dispute.resolved);
            row.resolutionRef = dispute.reference;
        } else {
            row.status = QStringLiteral("open");
            ++m_summary.openDisputes;
        }
        const Id id = m_writer.insertDispute(row);
        ++m_summary.disputes;
        // the follow-up once the dispute is past its due date, done when it was resolved
        Closure resolved;
        if (dispute.resolved >= 0)
            resolved = {true, m_clock.at(dispute.resolved, random.uniform(36000, 57600)), dispute.resolution};
        task(QStringLiteral("dispute_follow_up"), collector, dispute.dueDay + 1, QStringLiteral("dispute"), id,
             QStringLiteral("dispute_follow_up:%1").arg(id),
             QStringLiteral("Dispute (%1) on %2: chase the resolution")
                     .arg(dispute.reason, m_invoices[static_cast<std::size_t>(dispute.invoice)].number),
             contact.contact.at, resolved);
    }

    // complaints with satisfaction scores once resolved
    for (DemoComplaint &complaint : complaints) {
        const int received = static_cast<int>(complaint.receivedDate.toJulianDay());
        complaint.userId = complaint.category == u"collector_conduct" ? supervisor : collector;
        complaint.createdAt = m_clock.at(received, random.uniform(32400, 61200));
        const int resolved = received + random.uniform(2, 20);
        if (resolved <= yesterday && (received <= m_today - 25 || random.chance(0.5))) {
            complaint.resolvedDate = dateOf(resolved);
            complaint.satisfaction = 1 + random.weighted(std::array<int, 5>{5, 10, 25, 35, 25});
        } else {
            complaint.resolution.clear();
        }
        m_writer.insertComplaint(complaint);
        ++m_summary.complaints;
    }

    // escalations and what they put in the queues
    for (const EscalationDraft &escalation : escalations) {
        const Id id = m_writer.insertEscalation(escalation.escalation);
        ++m_summary.escalations;
        const DemoEscalation &e = escalation.escalation;
        if (e.status == u"open") {
            ++m_summary.openEscalations;
            task(QStringLiteral("escalation"), supervisor, escalation.day, QStringLiteral("escalation"), id,
                 QStringLiteral("escalation:%1:%2").arg(id).arg(supervisor), e.reason, e.createdAt, {});
        } else if (e.status == u"returned") {
            task(QStringLiteral("escalation"), collector, escalation.returnedDay, QStringLiteral("escalation"), id,
                 QStringLiteral("escalation:%1:%2").arg(id).arg(collector),
                 QStringLiteral("Returned with instructions: %1").arg(e.instructions), e.resolvedAt, {});
        }
    }

    // calls: the follow-up of each contact, done by the next look at the account
    for (const auto &[contactIndex, due] : followUps) {
        const DemoContact &contact = contacts[static_cast<std::size_t>(contactIndex)].contact;
        const Id contactId = contactIds[static_cast<std::size_t>(contactIndex)];
        task(QStringLiteral("call"), collector, due, QStringLiteral("contact"), contactId,
             QStringLiteral("follow_up:%1").arg(contactId), contact.notes, contact.at, closure(due));
    }
    // an account that fell overdue in the last days and has not been called yet
    if (pendingCallDue >= 0 && (followUps.empty() || followUps.back().second != pendingCallDue)) {
        int oldest = 0;
        int oldestInvoice = -1;
        const MinorUnits overdue = overdueOn(pendingCallDue, &oldest, &oldestInvoice);
        task(QStringLiteral("call"), collector, pendingCallDue, {}, std::nullopt, {},
             QStringLiteral("Overdue %1, oldest %2 days past due.").arg(amountText(overdue, currency)).arg(oldest),
             m_clock.at(pendingCallDue, random.uniform(600, 3000)), {});
    }
    // over the credit limit: a review
    if (c.creditLimit) {
        MinorUnits balance = 0;
        for (const SimInvoice &invoice : m_invoices)
            balance += invoice.open;
        for (const SimPayment &payment : m_payments)
            if (payment.reversedDay < 0)
                balance -= payment.unapplied;
        if (balance > *c.creditLimit && random.chance(0.7)) {
            const int due = m_today - random.uniform(0, 10);
            task(QStringLiteral("review"), collector, due, {}, std::nullopt,
                 QStringLiteral("review:%1:%2").arg(c.code, dateOf(due).toString(Qt::ISODate)),
                 QStringLiteral("Balance %1 is over the credit limit of %2.")
                         .arg(amountText(balance, currency), amountText(*c.creditLimit, currency)),
                 m_clock.at(due, random.uniform(600, 3000)), {});
        }
    }
    // a write-off request waiting for approval on a hopeless old item
    if (draft.profile == Profile::Delinquent && random.chance(0.15)) {
        for (const SimInvoice &invoice : m_invoices) {
            if (invoice.open <= 0 || invoice.dispute >= 0 || invoice.due >= m_today - 90)
                continue;
            DemoAdjustmentRequest request;
            request.invoiceId = invoice.id;
            request.amount = invoice.open;
            request.currency = currency;
            request.reason = QStringLiteral("Uncollectible: more than 90 days past due, promises broken.");
            request.requestedBy = collector;
            request.requestedAt = m_clock.at(m_today - random.uniform(1, 20), random.uniform(30000, 55000));
            request.status = QStringLiteral("pending");
            m_writer.insertAdjustmentRequest(request);
            ++m_summary.pendingWriteOffRequests;
            break;
        }
    }
}

// --- the whole book --------------------------------------------------------------------------------------

// Standing monthly targets (period "*") for every collector in every currency they collected
// in: the monthly average of the last three months, times a stretch of 85 % to 120 % that
// differs by collector, so that staff performance shows some above and some below target.
// Rounded to 1,000 units of the currency.
void Generation::writeCollectorTargets()
{
    static constexpr std::array<int, 6> kStretchPercent{110, 95, 105, 85, 120, 90};
    ManagerRepository targets(m_session.book());
    for (const auto &[key, collected] : m_collectedLastQuarter) {
        const auto collector = std::find(m_staff.collectors.begin(), m_staff.collectors.end(), key.first);
        const auto index = static_cast<std::size_t>(std::distance(m_staff.collectors.begin(), collector))
                % kStretchPercent.size();
        const MinorUnits monthly = roundedDivide(collected * kStretchPercent[index], 300);
        const MinorUnits unit = 1000 * [&] {
            MinorUnits scale = 1;
            for (int i = 0; i < currencyDecimals(key.second).value_or(2); ++i)
                scale *= 10;
            return scale;
        }();
        const MinorUnits target = std::max<MinorUnits>(unit, roundedDivide(monthly, unit) * unit);
        targets.setTarget({key.first, QStringLiteral("*"), key.second, target});
    }
}

Result<DemoSummary> Generation::run()
{
    if (m_writer.hasCustomers())
        return std::unexpected(Error::conflict(QCoreApplication::translate(
                "DemoGenerator",
                "the book already has customers; a demo book can only be generated into an empty book")));
    m_firstCustomerId = m_writer.nextCustomerId();
    createStaff();

    const qint64 total = m_options.customers;
    const qint64 step = std::clamp<qint64>(total / 50, 1, 1000);
    auto report = [&](qint64 done) { return !m_options.progress || m_options.progress(done, total); };
    auto cancelled = [] {
        return std::unexpected(
                Error{ErrorCode::Cancelled,
                      QCoreApplication::translate("DemoGenerator", "demo generation cancelled; nothing was written")});
    };
    if (!report(0))
        return cancelled();
    for (int index = 0; index < total; ++index) {
        CustomerDraft draft = draftCustomer(index);
        DemoRandom random(m_options.seed, static_cast<std::uint32_t>(index), PeopleStream);
        writeCustomer(draft, random);
        simulateLedger(draft, index);
        simulateDesk(draft, index);
        if ((index + 1) % step == 0 && !report(index + 1))
            return cancelled();
    }
    if (total % step != 0 && !report(total))
        return cancelled();

    writeCollectorTargets();

    const Stamp stamp = m_session.stamp();
    const QJsonObject details{
            {QStringLiteral("seed"), static_cast<qint64>(m_options.seed)},
            {QStringLiteral("today"), m_summary.today.toString(Qt::ISODate)},
            {QStringLiteral("customers"), m_summary.customers},
            {QStringLiteral("users"), m_summary.users},
            {QStringLiteral("invoices"), m_summary.invoices},
            {QStringLiteral("credit_notes"), m_summary.creditNotes},
            {QStringLiteral("payments"), m_summary.payments},
            {QStringLiteral("allocations"), m_summary.allocations},
            {QStringLiteral("payment_reversals"), m_summary.paymentReversals},
            {QStringLiteral("write_offs"), m_summary.writeOffs},
            {QStringLiteral("contacts"), m_summary.contacts},
            {QStringLiteral("promises"), m_summary.promises},
            {QStringLiteral("disputes"), m_summary.disputes},
            {QStringLiteral("complaints"), m_summary.complaints},
            {QStringLiteral("escalations"), m_summary.escalations},
            {QStringLiteral("tasks"), m_summary.tasks},
    };
    AuditRepository(m_session.book())
            .append(stamp, QStringLiteral("demo.generate"), QStringLiteral("book"), std::nullopt, compactJson(details));
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options)
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    if (options.customers < 1 || options.customers > kMaximumCustomers)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DemoGenerator", "customers: must be between 1 and %1 (got %2)")
                        .arg(kMaximumCustomers)
                        .arg(options.customers)));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    return inTransaction(m_session.book(), [&]() -> Result<DemoSummary> {
        Generation generation(m_session, options, static_cast<int>(today.toJulianDay()));
        return generation.run();
    });
}

} // namespace ardesk
