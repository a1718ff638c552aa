#include "domain/contact_rules.h"

#include <gtest/gtest.h>

#include <QTimeZone>

#include <vector>

using namespace ardesk;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute, second), Qt::UTC);
}

// A June 2025 moment given in the customer's Los Angeles time (PDT, UTC-7).
QDateTime losAngeles(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2025, 6, day), QTime(hour, minute, second), QTimeZone("America/Los_Angeles")).toUTC();
}

ContactProfile consumer(QByteArray zone = "America/Los_Angeles")
{
    ContactProfile profile;
    profile.rulePack = RulePack::Consumer;
    profile.timeZoneId = std::move(zone);
    return profile;
}

ContactProfile business(QByteArray zone = "America/Los_Angeles")
{
    ContactProfile profile;
    profile.rulePack = RulePack::Business;
    profile.timeZoneId = std::move(zone);
    return profile;
}

ContactDecision check(const ContactProfile &profile, const QDateTime &now,
                      const std::vector<PriorCallAttempt> &history = {},
                      CallDestination destination = CallDestination::Personal, const ContactRuleSettings &settings = {})
{
    Result<ContactDecision> result = checkCallAttempt(profile, now, history, destination, settings);
    EXPECT_TRUE(result.has_value()) << (result ? QString() : result.error().message).toStdString();
    return result.value_or(ContactDecision{});
}

ContactBlockReason reason(const ContactProfile &profile, const QDateTime &now,
                          const std::vector<PriorCallAttempt> &history = {})
{
    return check(profile, now, history).reason;
}

PriorCallAttempt attempt(const QDateTime &at)
{
    return {at, false};
}

PriorCallAttempt conversation(const QDateTime &at)
{
    return {at, true};
}

} // namespace

TEST(ContactRules, losAngelesCustomerAtHalfPastSevenLocalIsBlockedWhileItIsHalfPastTenInNewYork)
{
    const QDateTime now = utc(6, 10, 14, 30);
    ASSERT_EQ(now.toTimeZone(QTimeZone("America/New_York")).time(), QTime(10, 30));

    const ContactDecision decision = check(consumer(), now);
    EXPECT_FALSE(decision.allowed());
    EXPECT_EQ(decision.reason, ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(decision.localTime.time(), QTime(7, 30));
    EXPECT_TRUE(decision.message.contains(QLatin1String("Contact window"))) << decision.message.toStdString();
    EXPECT_TRUE(decision.message.contains(QLatin1String("07:30")));
    EXPECT_TRUE(decision.message.contains(QLatin1String("America/Los_Angeles")));
    EXPECT_TRUE(decision.message.contains(QLatin1String("08:00 to 21:00")));

    // The same moment is fine for a New York customer.
    EXPECT_TRUE(check(consumer("America/New_York"), now).allowed());
}

TEST(ContactRules, windowBoundariesInLocalTime)
{
    EXPECT_EQ(reason(consumer(), losAngeles(10, 7, 59, 59)), ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 8, 0, 0)), ContactBlockReason::None);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 20, 59, 59)), ContactBlockReason::None);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 21, 0, 0)), ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 23, 30)), ContactBlockReason::OutsideContactWindow);
    // 21:00 in Los Angeles is 04:00 UTC the next day.
    EXPECT_EQ(losAngeles(10, 21), utc(6, 11, 4));
}

TEST(ContactRules, windowFollowsDaylightSavingTime)
{
    // 15:30 UTC is 07:30 in Los Angeles in winter (PST, UTC-8) and 08:30 in summer (PDT).
    EXPECT_EQ(reason(consumer(), utc(1, 15, 15, 30)), ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(reason(consumer(), utc(7, 15, 15, 30)), ContactBlockReason::None);
}

TEST(ContactRules, configurableWindow)
{
    ContactRuleSettings settings;
    settings.windowStart = QTime(9, 0);
    settings.windowEnd = QTime(17, 30);
    EXPECT_EQ(check(consumer(), losAngeles(10, 8, 30), {}, CallDestination::Personal, settings).reason,
              ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(check(consumer(), losAngeles(10, 17, 29), {}, CallDestination::Personal, settings).reason,
              ContactBlockReason::None);
    EXPECT_EQ(check(consumer(), losAngeles(10, 17, 30), {}, CallDestination::Personal, settings).reason,
              ContactBlockReason::OutsideContactWindow);
}

TEST(ContactRules, sevenAttemptsInSevenDaysAcrossAWeekBoundary)
{
    // Friday 6 June to Wednesday 11 June (the week turns on Monday 9 June): 7 attempts.
    const std::vector<PriorCallAttempt> history{
            attempt(losAngeles(6, 10)),  attempt(losAngeles(7, 10)), attempt(losAngeles(8, 10)),
            attempt(losAngeles(8, 15)),  attempt(losAngeles(9, 10)), attempt(losAngeles(10, 10)),
            attempt(losAngeles(11, 10)),
    };
    // Thursday 12 June: 6..12 June holds all seven.
    const ContactDecision thursday = check(consumer(), losAngeles(12, 10), history);
    EXPECT_EQ(thursday.reason, ContactBlockReason::CallAttemptCap);
    EXPECT_TRUE(thursday.message.contains(QLatin1String("at most 7 call attempts in 7 consecutive days")))
            << thursday.message.toStdString();
    EXPECT_TRUE(thursday.message.contains(QLatin1String("2025-06-13"))) << thursday.message.toStdString();
    // Friday 13 June: the 6 June attempt has left the period.
    EXPECT_EQ(reason(consumer(), losAngeles(13, 8), history), ContactBlockReason::None);
    // Six attempts are not yet the cap.
    const std::vector<PriorCallAttempt> six(history.begin() + 1, history.end());
    EXPECT_EQ(reason(consumer(), losAngeles(12, 10), six), ContactBlockReason::None);
}

TEST(ContactRules, attemptsAreCountedByTheCustomersLocalDates)
{
    // 5 June 22:00 in Los Angeles is 6 June 05:00 UTC: by local date it is outside
    // the period 6..12 June, so only six attempts count.
    const QDateTime lateOnThe5th = losAngeles(5, 22);
    ASSERT_EQ(lateOnThe5th, utc(6, 6, 5));
    std::vector<PriorCallAttempt> history{attempt(lateOnThe5th)};
    for (int day = 6; day <= 11; ++day)
        history.push_back(attempt(losAngeles(day, 12)));
    EXPECT_EQ(reason(consumer(), losAngeles(12, 10), history), ContactBlockReason::None);

    // The other way round: at 20:30 on 12 June local it is already 13 June in UTC, when
    // a UTC count would drop the 6 June 10:00 attempt. By local dates all seven count.
    std::vector<PriorCallAttempt> week;
    for (int day = 6; day <= 12; ++day)
        week.push_back(attempt(losAngeles(day, 10)));
    const QDateTime evening = losAngeles(12, 20, 30);
    ASSERT_EQ(evening.date(), QDate(2025, 6, 13));
    week.pop_back(); // six attempts 6..11 June, one more today in the morning:
    week.push_back(attempt(losAngeles(12, 9)));
    EXPECT_EQ(reason(consumer(), evening, week), ContactBlockReason::CallAttemptCap);

    // The same history seen by a New York customer: the dates are those of New York.
    std::vector<PriorCallAttempt> newYorkWeek{attempt(utc(6, 6, 3, 30))}; // 5 June 23:30 in New York
    for (int day = 6; day <= 11; ++day)
        newYorkWeek.push_back(attempt(utc(6, day, 15)));
    EXPECT_EQ(reason(consumer("America/New_York"), utc(6, 12, 15), newYorkWeek), ContactBlockReason::None);
    EXPECT_EQ(reason(consumer("Europe/Berlin"), utc(6, 12, 15), newYorkWeek), ContactBlockReason::CallAttemptCap);
}

TEST(ContactRules, noCallForSevenDaysAfterAConversationTheConversationDayBeingDayOne)
{
    const std::vector<PriorCallAttempt> history{attempt(losAngeles(3, 9)), conversation(losAngeles(3, 9, 30))};

    // Later the same day (day 1) and through 9 June (day 7) in local dates.
    const ContactDecision sameDay = check(consumer(), losAngeles(3, 16), history);
    EXPECT_EQ(sameDay.reason, ContactBlockReason::SilenceAfterConversation);
    EXPECT_TRUE(sameDay.message.contains(QLatin1String("no call for 7 days after a conversation")))
            << sameDay.message.toStdString();
    EXPECT_TRUE(sameDay.message.contains(QLatin1String("2025-06-03")));
    EXPECT_TRUE(sameDay.message.contains(QLatin1String("2025-06-10")));
    EXPECT_EQ(reason(consumer(), losAngeles(6, 12), history), ContactBlockReason::SilenceAfterConversation);
    // 9 June 20:59 local is 10 June 03:59 UTC: still day 7 for the customer.
    EXPECT_EQ(reason(consumer(), losAngeles(9, 20, 59), history), ContactBlockReason::SilenceAfterConversation);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 8), history), ContactBlockReason::None);
}

TEST(ContactRules, attemptsWithoutConversationDoNotSilence)
{
    const std::vector<PriorCallAttempt> history{attempt(losAngeles(3, 9)), attempt(losAngeles(3, 12))};
    EXPECT_EQ(reason(consumer(), losAngeles(3, 16), history), ContactBlockReason::None);
}

TEST(ContactRules, attemptsAfterNowAreIgnored)
{
    std::vector<PriorCallAttempt> future{conversation(losAngeles(11, 9))};
    for (int day = 6; day <= 12; ++day)
        future.push_back(attempt(losAngeles(day, 18)));
    // At 10:00 on 10 June only the attempts of 6..9 June have happened.
    EXPECT_EQ(reason(consumer(), losAngeles(10, 10), future), ContactBlockReason::None);
}

TEST(ContactRules, businessCustomerIsNotSubjectToTheConsumerCaps)
{
    std::vector<PriorCallAttempt> history{conversation(losAngeles(9, 11))};
    for (int hour = 8; hour < 18; ++hour)
        history.push_back(attempt(losAngeles(10, hour)));
    EXPECT_EQ(reason(business(), losAngeles(10, 18), history), ContactBlockReason::None);
    EXPECT_EQ(reason(consumer(), losAngeles(10, 18), history), ContactBlockReason::SilenceAfterConversation);
}

TEST(ContactRules, businessCustomerIsSubjectToTheFlags)
{
    const QDateTime now = losAngeles(10, 10);
    ContactProfile profile = business();
    profile.doNotCall = true;
    const ContactDecision doNotCall = check(profile, now);
    EXPECT_EQ(doNotCall.reason, ContactBlockReason::DoNotCall);
    EXPECT_TRUE(doNotCall.message.contains(QLatin1String("do-not-call")));

    profile = business();
    profile.ceaseCommunication = true;
    const ContactDecision cease = check(profile, now);
    EXPECT_EQ(cease.reason, ContactBlockReason::CeaseCommunication);
    EXPECT_TRUE(cease.message.startsWith(QLatin1String("Cease communication")));

    profile = business();
    profile.attorneyRepresented = true;
    const ContactDecision attorney = check(profile, now);
    EXPECT_EQ(attorney.reason, ContactBlockReason::AttorneyRepresented);
    EXPECT_TRUE(attorney.message.contains(QLatin1String("attorney")));
}

TEST(ContactRules, callsAtWorkRefused)
{
    ContactProfile profile = consumer();
    profile.workplaceCallsRefused = true;
    const QDateTime now = losAngeles(10, 10);
    EXPECT_EQ(check(profile, now, {}, CallDestination::Workplace).reason, ContactBlockReason::WorkplaceCallsRefused);
    EXPECT_EQ(check(profile, now, {}, CallDestination::Personal).reason, ContactBlockReason::None);
}

TEST(ContactRules, flagsComeBeforeTimeAndFrequency)
{
    ContactProfile profile = consumer();
    profile.doNotCall = true;
    profile.attorneyRepresented = true;
    profile.ceaseCommunication = true;
    const QDateTime night = losAngeles(10, 23);
    EXPECT_EQ(reason(profile, night), ContactBlockReason::CeaseCommunication);
    profile.ceaseCommunication = false;
    EXPECT_EQ(reason(profile, night), ContactBlockReason::AttorneyRepresented);
    profile.attorneyRepresented = false;
    EXPECT_EQ(reason(profile, night), ContactBlockReason::DoNotCall);

    // Window before the silence rule.
    const std::vector<PriorCallAttempt> talkedToday{conversation(losAngeles(10, 9))};
    EXPECT_EQ(reason(consumer(), night, talkedToday), ContactBlockReason::OutsideContactWindow);
}

TEST(ContactRules, businessWindowIsConfigurable)
{
    const QDateTime early = utc(6, 10, 14, 30); // 07:30 in Los Angeles
    EXPECT_EQ(reason(business(), early), ContactBlockReason::OutsideContactWindow);
    ContactRuleSettings settings;
    settings.windowAppliesToBusiness = false;
    EXPECT_EQ(check(business(), early, {}, CallDestination::Personal, settings).reason, ContactBlockReason::None);
    EXPECT_EQ(check(business(""), early, {}, CallDestination::Personal, settings).reason, ContactBlockReason::None);
    EXPECT_EQ(check(consumer(), early, {}, CallDestination::Personal, settings).reason,
              ContactBlockReason::OutsideContactWindow);
}

TEST(ContactRules, unknownTimeZoneFailsClosed)
{
    const QDateTime now = utc(6, 10, 18);
    const ContactDecision missing = check(consumer(""), now);
    EXPECT_EQ(missing.reason, ContactBlockReason::UnknownTimeZone);
    EXPECT_FALSE(missing.localTime.isValid());
    EXPECT_EQ(reason(consumer("Mars/Olympus_Mons"), now), ContactBlockReason::UnknownTimeZone);
    EXPECT_EQ(reason(business(""), now), ContactBlockReason::UnknownTimeZone);
}

TEST(ContactRules, customCaps)
{
    ContactRuleSettings settings;
    settings.maximumCallAttempts = 2;
    settings.attemptPeriodDays = 3;
    settings.silenceDaysAfterConversation = 0;
    const std::vector<PriorCallAttempt> history{conversation(losAngeles(8, 10)), attempt(losAngeles(9, 10))};
    EXPECT_EQ(check(consumer(), losAngeles(10, 10), history, CallDestination::Personal, settings).reason,
              ContactBlockReason::CallAttemptCap);
    EXPECT_EQ(check(consumer(), losAngeles(11, 10), history, CallDestination::Personal, settings).reason,
              ContactBlockReason::None);
}

TEST(ContactRules, malformedInputIsAnError)
{
    const std::vector<PriorCallAttempt> none;
    EXPECT_FALSE(checkCallAttempt(consumer(), QDateTime(), none).has_value());
    const std::vector<PriorCallAttempt> undated{{QDateTime(), false}};
    const auto result = checkCallAttempt(consumer(), utc(6, 10, 18), undated);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);

    ContactRuleSettings backwards;
    backwards.windowStart = QTime(21, 0);
    backwards.windowEnd = QTime(8, 0);
    EXPECT_FALSE(checkCallAttempt(consumer(), utc(6, 10, 18), none, CallDestination::Personal, backwards).has_value());
    ContactRuleSettings noAttempts;
    noAttempts.maximumCallAttempts = 0;
    EXPECT_FALSE(checkCallAttempt(consumer(), utc(6, 10, 18), none, CallDestination::Personal, noAttempts).has_value());
}

TEST(ContactRules, reasonKeys)
{
    EXPECT_EQ(contactBlockReasonKey(ContactBlockReason::None), QStringLiteral("none"));
    EXPECT_EQ(contactBlockReasonKey(ContactBlockReason::CallAttemptCap), QStringLiteral("call_attempt_cap"));
    EXPECT_EQ(contactBlockReasonKey(ContactBlockReason::SilenceAfterConversation),
              QStringLiteral("silence_after_conversation"));
}
