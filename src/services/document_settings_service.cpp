#include "document_settings_service.h"

#include "service_support.h"
#include "session.h"
#include "storage/user_repository.h"
#include "storage/document_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk {

namespace {

QString languageKey(const QString &language)
{
    return DocumentSetting::paymentInstructions + QLatin1Char('.') + language;
}

bool truthySetting(const std::optional<QString> &value)
{
    return !value || value->trimmed() != u"0";
}

} // namespace

QString documentPaymentInstructions(DocumentRepository &documents, const QString &language)
{
    if (!language.isEmpty())
        if (const auto own = documents.setting(languageKey(language)); own && !own->trimmed().isEmpty())
            return *own;
    return documents.setting(DocumentSetting::paymentInstructions).value_or(QString());
}

Result<DocumentSettings> DocumentSettingsService::settings() const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<DocumentSettings> {
        DocumentRepository documents(m_session.book());
        DocumentSettings s;
        s.sender = documents.setting(DocumentSetting::sender).value_or(QString());
        s.paymentInstructions = documents.setting(DocumentSetting::paymentInstructions).value_or(QString());
        for (const QString &language : documentLanguages())
            if (const auto own = documents.setting(languageKey(language)); own && !own->trimmed().isEmpty())
                s.paymentInstructionsByLanguage[language] = *own;
        bool ok = false;
        const int days = documents.setting(DocumentSetting::payByDays).value_or(QString()).toInt(&ok);
        s.payByDays = ok && days >= 0 ? days : kDefaultPayByDays;
        s.showInterest = truthySetting(documents.setting(DocumentSetting::showInterest));
        return s;
    });
}

Result<void> DocumentSettingsService::save(const DocumentSettings &wanted)
{
    if (auto allowed = m_session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    if (wanted.payByDays < 0 || wanted.payByDays > kMaxPayByDays)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentSettingsService", "pay-by days: %1 is not between 0 and %2")
                        .arg(wanted.payByDays)
                        .arg(kMaxPayByDays)));
    const auto tooLong = [](const QString &text) { return text.size() > kMaxDocumentSettingLength; };
    if (tooLong(wanted.sender))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentSettingsService", "sender: longer than %1 characters")
                        .arg(kMaxDocumentSettingLength)));
    if (tooLong(wanted.paymentInstructions))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentSettingsService",
                                            "payment instructions: longer than %1 characters")
                        .arg(kMaxDocumentSettingLength)));
    for (const auto &[language, text] : wanted.paymentInstructionsByLanguage) {
        if (!documentLanguages().contains(language))
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("DocumentSettingsService",
                                                "payment instructions: no letters in language '%1' (one of %2)")
                            .arg(language, documentLanguages().join(QStringLiteral(", ")))));
        if (tooLong(text))
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("DocumentSettingsService",
                                                "payment instructions (%1): longer than %2 characters")
                            .arg(language)
                            .arg(kMaxDocumentSettingLength)));
    }
    auto current = settings();
    if (!current)
        return std::unexpected(current.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        DocumentRepository documents(m_session.book());
        QJsonArray changed;
        const auto write = [&](const QString &key, const QString &value, const QString &was) {
            if (value == was)
                return;
            documents.setSetting(key, value, m_session.stamp());
            changed.append(key);
        };
        write(DocumentSetting::sender, wanted.sender, current->sender);
        write(DocumentSetting::paymentInstructions, wanted.paymentInstructions, current->paymentInstructions);
        for (const QString &language : documentLanguages()) {
            const auto find = [&](const DocumentSettings &s) {
                const auto it = s.paymentInstructionsByLanguage.find(language);
                return it == s.paymentInstructionsByLanguage.end() ? QString() : it->second.trimmed().isEmpty()
                                                                         ? QString()
                                                                         : it->second;
            };
            write(languageKey(language), find(wanted), find(*current));
        }
        write(DocumentSetting::payByDays, QString::number(wanted.payByDays), QString::number(current->payByDays));
        write(DocumentSetting::showInterest, wanted.showInterest ? QStringLiteral("1") : QStringLiteral("0"),
              current->showInterest ? QStringLiteral("1") : QStringLiteral("0"));
        if (!changed.isEmpty())
            AuditRepository(m_session.book())
                    .append(m_session.stamp(), QStringLiteral("document_settings.set"), QStringLiteral("settings"),
                            std::nullopt, compactJson(QJsonObject{{QStringLiteral("keys"), changed}}));
        return {};
    });
}

} // namespace ardesk
