#include "calendar.h"

namespace funnel {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2999;

bool digits(std::string_view text, std::size_t from, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

std::string padded(int value, int width) {
    std::string text = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - std::min<std::size_t>(text.size(), width), '0') + text;
}

bool leapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Days since 1 March of year 0 (proleptic Gregorian), for weekdays and Easter offsets.
int dayNumber(const Date& date) {
    const int year = date.month <= 2 ? date.year - 1 : date.year;
    const int month = date.month <= 2 ? date.month + 9 : date.month - 3;
    return 365 * year + year / 4 - year / 100 + year / 400 + (153 * month + 2) / 5 + date.day - 1;
}

Date fromDayNumber(int number) {
    int year = static_cast<int>((10000LL * number + 14780) / 3652425);
    int dayOfYear = number - (365 * year + year / 4 - year / 100 + year / 400);
    if (dayOfYear < 0) {
        --year;
        dayOfYear = number - (365 * year + year / 4 - year / 100 + year / 400);
    }
    const int month = (100 * dayOfYear + 52) / 3060;
    Date date;
    date.year = year + (month + 2) / 12;
    date.month = (month + 2) % 12 + 1;
    date.day = dayOfYear - (month * 306 + 5) / 10 + 1;
    return date;
}

// A public holiday: a fixed day, or a number of days after Easter Sunday;
// in the states listed ("" for all of Germany), from a year on.
struct Holiday {
    const char* states;  // ISO 3166-2 codes without "DE-", space-separated; "" = nationwide
    int month;           // with day: a fixed date; 0: Easter-dependent
    int day;
    int afterEaster;
    int since;
};

// Only holidays that hold in a whole state (Fronleichnam in parts of Saxony
// and Thuringia, Mariä Himmelfahrt in Catholic Bavaria, the Augsburg peace
// festival do not); Sundays (Easter and Whit Sunday) are no working days anyway.
constexpr Holiday kHolidays[] = {
    {"", 1, 1, 0, 0},                     // Neujahr
    {"", 0, 0, -2, 0},                    // Karfreitag
    {"", 0, 0, 1, 0},                     // Ostermontag
    {"", 5, 1, 0, 0},                     // Tag der Arbeit
    {"", 0, 0, 39, 0},                    // Christi Himmelfahrt
    {"", 0, 0, 50, 0},                    // Pfingstmontag
    {"", 10, 3, 0, 1990},                 // Tag der Deutschen Einheit
    {"", 12, 25, 0, 0},                   // 1. Weihnachtstag
    {"", 12, 26, 0, 0},                   // 2. Weihnachtstag
    {"BW BY ST", 1, 6, 0, 0},             // Heilige Drei Könige
    {"BE", 3, 8, 0, 2019},                // Internationaler Frauentag
    {"MV", 3, 8, 0, 2023},                // Internationaler Frauentag
    {"BW BY HE NW RP SL", 0, 0, 60, 0},   // Fronleichnam
    {"SL", 8, 15, 0, 0},                  // Mariä Himmelfahrt
    {"TH", 9, 20, 0, 2019},               // Weltkindertag
    {"BB MV SN ST TH", 10, 31, 0, 1990},  // Reformationstag
    {"HB HH NI SH", 10, 31, 0, 2018},     // Reformationstag
    {"BW BY NW RP SL", 11, 1, 0, 0},      // Allerheiligen
};

constexpr const char* kStates = "BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH";

bool listed(const char* list, std::string_view state) {
    for (std::string_view rest(list); rest.size() >= 2;) {
        if (rest.substr(0, 2) == state) return true;
        rest.remove_prefix(rest.size() > 2 ? 3 : 2);
    }
    return false;
}

// Buß- und Bettag (Saxony): the Wednesday between 16 and 22 November.
Date repentanceDay(int year) {
    Date date{year, 11, 22};
    while (weekday(date) != 2) --date.day;
    return date;
}

}  // namespace

std::optional<MonthIndex> parseMonth(std::string_view text) {
    int year = 0;
    int month = 0;
    if (text.size() != 7 || text[4] != '-' || !digits(text, 0, 4, year) || !digits(text, 5, 2, month))
        return std::nullopt;
    if (year < kFirstYear || year > kLastYear || month < 1 || month > 12) return std::nullopt;
    return year * 12 + month - 1;
}

std::string monthText(MonthIndex month) { return padded(month / 12, 4) + "-" + padded(month % 12 + 1, 2); }

int calendarMonth(MonthIndex month) { return month % 12 + 1; }

std::optional<Date> parseDate(std::string_view text) {
    Date date;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, date.year) ||
        !digits(text, 5, 2, date.month) || !digits(text, 8, 2, date.day))
        return std::nullopt;
    if (date.year < kFirstYear || date.year > kLastYear || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > daysInMonth(date.year, date.month))
        return std::nullopt;
    return date;
}

std::string dateText(const Date& date) {
    return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2);
}

int daysInMonth(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leapYear(year) ? 29 : kDays[month - 1];
}

int weekday(const Date& date) {
    // 1 March 2000 (day number 730485) was a Wednesday.
    return ((dayNumber(date) - 730485) % 7 + 7 + 2) % 7;
}

Date easterSunday(int year) {
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date{year, month, day};
}

int daysSinceYearZero(const Date& date) { return dayNumber(date); }
Date dateFromDays(int days) { return fromDayNumber(days); }

std::vector<std::string> holidayRegions() {
    std::vector<std::string> regions{"de"};
    for (std::string_view rest(kStates); rest.size() >= 2; rest.remove_prefix(rest.size() > 2 ? 3 : 2))
        regions.push_back(std::string("de-") + static_cast<char>(rest[0] - 'A' + 'a') +
                          static_cast<char>(rest[1] - 'A' + 'a'));
    regions.push_back("none");
    return regions;
}

std::optional<std::vector<Date>> holidaysIn(std::string_view region, int year, int month) {
    std::string state;
    if (region == "none") return std::vector<Date>{};
    const auto lower = [](std::string_view text) {
        std::string out(text);
        for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    };
    const std::string tag = lower(region);
    if (tag.size() == 5 && tag.compare(0, 3, "de-") == 0) {
        state = std::string{static_cast<char>(tag[3] - 'a' + 'A'), static_cast<char>(tag[4] - 'a' + 'A')};
        if (tag[3] < 'a' || tag[3] > 'z' || tag[4] < 'a' || tag[4] > 'z' || !listed(kStates, state))
            return std::nullopt;
    } else if (tag != "de") {
        return std::nullopt;
    }
    const int easter = dayNumber(easterSunday(year));
    std::vector<Date> days;
    const auto add = [&](const Date& date) {
        if (date.year != year || date.month != month) return;
        for (const Date& known : days)
            if (known.day == date.day) return;
        days.push_back(date);
    };
    for (const Holiday& holiday : kHolidays) {
        if (year < holiday.since) continue;
        if (holiday.states[0] != '\0' && (state.empty() || !listed(holiday.states, state))) continue;
        add(holiday.month != 0 ? Date{year, holiday.month, holiday.day} : fromDayNumber(easter + holiday.afterEaster));
    }
    if (year == 2017) add(Date{2017, 10, 31});  // the 500th Reformation day, nationwide once
    if (state == "SN") add(repentanceDay(year));
    // In calendar order.
    for (std::size_t i = 1; i < days.size(); ++i)
        for (std::size_t j = i; j > 0 && days[j].day < days[j - 1].day; --j) std::swap(days[j], days[j - 1]);
    return days;
}

}  // namespace funnel
