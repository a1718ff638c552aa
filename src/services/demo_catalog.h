#pragma once
// Word lists and small generators behind the demo book (demo_generator.h): company and
// person names in the flavour of each country, phone numbers, e-mail addresses, and the
// random number helpers. Internal to the demo generator; nothing here touches the book.
//
// Randomness: DemoRandom wraps std::mt19937 (whose output the standard fixes) and draws
// integers, reals and normal variates with its own arithmetic instead of the
// implementation-defined std:: distributions, so a seed gives the same book with any
// standard library. Nothing throws.

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <span>

namespace ardesk::demo {

class DemoRandom final
{
public:
    explicit DemoRandom(std::uint32_t seed) : m_engine(seed) { }
    DemoRandom(std::uint32_t seed, std::uint32_t stream, std::uint32_t salt)
    {
        std::seed_seq sequence{seed, stream, salt};
        m_engine.seed(sequence);
    }

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }
    // Uniform in [low, high] (both included); low <= high.
    int uniform(int low, int high)
    {
        const std::uint64_t span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
        return low + static_cast<int>((static_cast<std::uint64_t>(next()) * span) >> 32);
    }
    qint64 uniform64(qint64 low, qint64 high); // for amounts
    // Uniform in [0, 1).
    double unit() { return next() * (1.0 / 4294967296.0); }
    bool chance(double probability) { return unit() < probability; }
    double normal(double mean, double deviation);
    double logNormal(double mu, double sigma);
    double exponential(double mean);
    // An index drawn with the given non-negative weights (at least one positive).
    int weighted(std::span<const int> weights);
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(uniform(0, static_cast<int>(items.size()) - 1));
    }

private:
    std::mt19937 m_engine;
};

struct City final
{
    QString name;
    QString area; // dialling area code as written after the country code
};

// A country as the demo book sees it.
struct CountryFlavour final
{
    QString country;  // ISO 3166 alpha-2
    QString timeZone; // IANA
    QString language; // en, de, fr, sv, cs
    QString currency; // usual billing currency
    QString region;   // the collection region (collector portfolio)
    int regionIndex = 0;
    QString phonePrefix; // "+49"
    QString apMailbox;   // local part of the AP mailbox: "buchhaltung", "comptabilite", ...
    QList<City> cities;
    QStringList surnames;
    QStringList femaleFirstNames;
    QStringList maleFirstNames;
    QStringList brandHeads; // first half of an invented brand ("Nord", "Fjäll")
    QStringList brandTails; // second half ("werk", "bygg")
    QStringList trades;     // "Maschinenbau", "Logistics"
    QStringList legalForms; // "GmbH", "AB"; with weights below
    QList<int> legalWeights;
    QStringList publicBodies; // "Stadtwerke %1", with %1 a city
};

// The flavours: DE, FR, SE, CZ, GB, US east (New York), US west (Los Angeles).
const QList<CountryFlavour> &countryFlavours();
// The six collection regions, in regionIndex order.
const QStringList &collectionRegions();

QString companyName(const CountryFlavour &flavour, DemoRandom &random, const City &city);
QString publicBodyName(const CountryFlavour &flavour, DemoRandom &random, const City &city);
QString personName(const CountryFlavour &flavour, DemoRandom &random, bool *female = nullptr);
QString phoneNumber(const CountryFlavour &flavour, const City &city, DemoRandom &random);
QString mobileNumber(const CountryFlavour &flavour, DemoRandom &random);
// "mueller-maschinenbau": lower-case ASCII letters, digits and '-', for mailbox domains.
QString asciiSlug(const QString &text, int maximumLength = 32);
// Demo addresses live under the reserved .example top-level domain (RFC 2606), so the
// book can never send mail to a real company.
QString emailDomain(const QString &companyName, const CountryFlavour &flavour);

} // namespace ardesk::demo
