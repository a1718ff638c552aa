#pragma once
// English plural forms for the source texts ("%n customer(s)" -> "1 customer",
// "12 customers") without shipping an English .qm. Installed first, so a real
// translation of the user's language, installed after it, is asked before it.

#include <QTranslator>

namespace ardesk {

class EnglishPlurals final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    explicit EnglishPlurals(QObject *parent = nullptr) : QTranslator(parent) { }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace ardesk
