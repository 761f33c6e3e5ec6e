//! JSON-LD for search engines, from typed schema.org structs: `NewsArticle` on articles,
//! `GovernmentService` on procedure landing pages, `HowTo` on lessons. [`script_safe_json`]
//! writes them: serde makes valid JSON of any text, where a template would have to escape every
//! field for JSON and for the script element by hand. A theme decides whether and where a page
//! carries it: the page templates write `json_ld`.

use serde::Serialize;

/// The facts of a `NewsArticle`.
#[derive(Debug, Clone)]
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub date_published: &'a str,
    pub in_language: &'a str,
    pub authors: &'a [String],
    pub publisher: &'a str,
    pub url: &'a str,
    /// Absolute image URLs, the share image first.
    pub images: Vec<String>,
}

/// JSON-LD for an article page: the schema.org `NewsArticle`, written by [`script_safe_json`].
pub fn news_article_json_ld(article: &NewsArticle) -> String {
    script_safe_json(&LdNewsArticle {
        context: SCHEMA_ORG,
        kind: "NewsArticle",
        author: (article.authors.iter())
            .map(|name| LdPerson {
                kind: "Person",
                name,
            })
            .collect(),
        date_published: article.date_published,
        description: article.description,
        headline: article.headline,
        image: &article.images,
        in_language: article.in_language,
        main_entity_of_page: article.url,
        publisher: LdOrganization {
            kind: "Organization",
            address: None,
            name: LdText {
                value: article.publisher.to_string(),
                language: None,
            },
            telephone: None,
            url: None,
        },
        url: article.url,
    })
}

/// The facts of a lesson's `HowTo`, in the language of its text.
#[derive(Debug, Clone)]
pub struct HowTo<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub in_language: &'a str,
    /// The lesson's page.
    pub url: &'a str,
    /// How long the lesson takes.
    pub minutes: u32,
    pub steps: Vec<HowToStep<'a>>,
}

/// One step of a [`HowTo`], in order.
#[derive(Debug, Clone)]
pub struct HowToStep<'a> {
    pub name: &'a str,
    pub text: &'a str,
    /// The step's anchor on the lesson's page.
    pub url: String,
}

/// JSON-LD for a lesson page: the schema.org `HowTo`, written by [`script_safe_json`].
pub fn how_to_json_ld(how_to: &HowTo) -> String {
    script_safe_json(&LdHowTo {
        context: SCHEMA_ORG,
        kind: "HowTo",
        description: how_to.description,
        in_language: how_to.in_language,
        name: how_to.name,
        step: (how_to.steps.iter().enumerate())
            .map(|(index, step)| LdHowToStep {
                kind: "HowToStep",
                name: step.name,
                position: index + 1,
                text: step.text,
                url: &step.url,
            })
            .collect(),
        total_time: format!("PT{}M", how_to.minutes),
        url: how_to.url,
    })
}

/// A text of a landing page and the language it is written in (a translation may lack some
/// texts: they are shown in the language they fall back to).
pub type Written<'a> = (&'a str, &'a str);

/// The place that serves a procedure: a commune's public-service centre.
#[derive(Debug, Clone)]
pub struct ServiceCentre<'a> {
    pub name: &'a str,
    pub address: &'a str,
    /// The commune and its province: the area served.
    pub commune: &'a str,
    pub province: &'a str,
    /// The language the commune's data is written in (the site's default).
    pub lang: &'a str,
    /// As written on the page (`1800 1096`).
    pub telephone: &'a str,
    /// The commune's page.
    pub url: &'a str,
}

/// What a procedure costs, in đồng.
#[derive(Debug, Clone)]
pub enum ServiceFee<'a> {
    Free,
    Amount(u64),
    /// A range or a rule, written out.
    Text(Written<'a>),
}

/// The facts of a procedure's landing page.
#[derive(Debug, Clone)]
pub struct GovernmentService<'a> {
    pub name: &'a str,
    /// The language of `name`: the page's, or the one its name falls back to.
    pub in_language: &'a str,
    /// The national procedure code; `None` for illustrative data.
    pub identifier: Option<&'a str>,
    /// The field of administration (`Hộ tịch`).
    pub service_type: Written<'a>,
    /// The steps, in order, and their language.
    pub steps: (&'a [String], &'a str),
    /// Who may apply.
    pub audience: Written<'a>,
    /// The agency that decides (`Ủy ban nhân dân cấp xã`).
    pub operator: Written<'a>,
    pub centre: ServiceCentre<'a>,
    /// The online submission page, if the procedure can be done online.
    pub online_url: Option<&'a str>,
    pub fee: ServiceFee<'a>,
    /// The laws and decrees the procedure rests on, and their language.
    pub legal_basis: (&'a [String], &'a str),
    /// The landing page.
    pub url: &'a str,
    /// Absolute URL of the share image, if the site makes them.
    pub image: Option<&'a str>,
}

/// JSON-LD for a procedure's landing page: a `WebPage` in the language of the procedure's name
/// whose main entity is the schema.org `GovernmentService` (`inLanguage` belongs to creative
/// works, not to services, hence the page around it). A text in another language — a field the
/// translation lacks, the commune's data — is a JSON-LD value with its own `@language`.
/// Processing times are free text ("within the working day") while schema.org's
/// `processingTime` wants an ISO 8601 duration: they are left out rather than made up. Written
/// by [`script_safe_json`].
pub fn government_service_json_ld(service: &GovernmentService) -> String {
    let text = |(text, lang): Written<'_>| LdText {
        value: text.to_string(),
        language: (lang != service.in_language).then(|| lang.to_string()),
    };
    let centre = &service.centre;
    let centre_text = |value| text((value, centre.lang));
    let address = LdAddress {
        kind: "PostalAddress",
        country: "VN",
        locality: centre_text(centre.commune),
        region: centre_text(centre.province),
        street: centre_text(centre.address),
    };
    let (steps, steps_lang) = service.steps;
    let (laws, laws_lang) = service.legal_basis;
    let page = LdPage {
        context: SCHEMA_ORG,
        kind: "WebPage",
        in_language: service.in_language,
        main_entity: LdService {
            kind: "GovernmentService",
            area_served: LdArea {
                kind: "AdministrativeArea",
                contained_in_place: Some(Box::new(LdArea {
                    kind: "AdministrativeArea",
                    contained_in_place: None,
                    name: centre_text(centre.province),
                })),
                name: centre_text(centre.commune),
            },
            audience: LdAudience {
                kind: "Audience",
                audience_type: text(service.audience),
            },
            available_channel: service
                .online_url
                .map(|url| LdChannel {
                    kind: "ServiceChannel",
                    service_location: None,
                    service_phone: None,
                    service_url: Some(url),
                })
                .into_iter()
                .chain(std::iter::once(LdChannel {
                    kind: "ServiceChannel",
                    service_location: Some(LdOffice {
                        kind: "GovernmentOffice",
                        address: address.clone(),
                        name: centre_text(centre.name),
                        telephone: centre.telephone,
                    }),
                    service_phone: Some(LdContact {
                        kind: "ContactPoint",
                        telephone: centre.telephone,
                    }),
                    service_url: None,
                }))
                .collect(),
            description: (!steps.is_empty()).then(|| text((&steps.join(" "), steps_lang))),
            identifier: service.identifier,
            image: service.image,
            name: service.name,
            offers: match service.fee {
                ServiceFee::Free => LdOffer::price(0),
                ServiceFee::Amount(amount) => LdOffer::price(amount),
                ServiceFee::Text(fee) => LdOffer {
                    kind: "Offer",
                    description: Some(text(fee)),
                    price: None,
                    price_currency: None,
                },
            },
            provider: LdOrganization {
                kind: "GovernmentOrganization",
                address: Some(address),
                name: centre_text(centre.name),
                telephone: Some(centre.telephone),
                url: Some(centre.url),
            },
            service_operator: LdOrganization {
                kind: "GovernmentOrganization",
                address: None,
                name: text(service.operator),
                telephone: None,
                url: None,
            },
            service_type: text(service.service_type),
            terms_of_service: (!laws.is_empty()).then(|| text((&laws.join("; "), laws_lang))),
            url: service.url,
        },
        name: service.name,
        url: service.url,
    };
    script_safe_json(&page)
}

// The site's JSON-LD, typed: written straight to text without building a `serde_json::Value`
// per page (a national QR corner has 200,000 landing pages). Fields are in the byte order of
// their names, the order JSON-LD was written in when it was built as `serde_json::Value`s, so
// that the pages stay the same.

const SCHEMA_ORG: &str = "https://schema.org";

#[derive(Serialize)]
struct LdNewsArticle<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    author: Vec<LdPerson<'a>>,
    #[serde(rename = "datePublished")]
    date_published: &'a str,
    /// `null` for an article without a summary.
    description: Option<&'a str>,
    headline: &'a str,
    image: &'a [String],
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntityOfPage")]
    main_entity_of_page: &'a str,
    publisher: LdOrganization<'a>,
    url: &'a str,
}

#[derive(Serialize)]
struct LdPerson<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct LdHowTo<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
    step: Vec<LdHowToStep<'a>>,
    #[serde(rename = "totalTime")]
    total_time: String,
    url: &'a str,
}

#[derive(Serialize)]
struct LdHowToStep<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: &'a str,
    position: usize,
    text: &'a str,
    url: &'a str,
}

/// A text in the page's language, or a value with its own `@language`.
#[derive(Serialize)]
#[serde(untagged)]
enum LdTextForm<'a> {
    Plain(&'a str),
    Tagged {
        #[serde(rename = "@language")]
        language: &'a str,
        #[serde(rename = "@value")]
        value: &'a str,
    },
}

#[derive(Clone)]
struct LdText {
    value: String,
    language: Option<String>,
}

impl Serialize for LdText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.language {
            None => LdTextForm::Plain(&self.value),
            Some(language) => LdTextForm::Tagged {
                language,
                value: &self.value,
            },
        }
        .serialize(serializer)
    }
}

#[derive(Serialize)]
struct LdPage<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntity")]
    main_entity: LdService<'a>,
    name: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct LdService<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "areaServed")]
    area_served: LdArea<'a>,
    audience: LdAudience<'a>,
    #[serde(rename = "availableChannel")]
    available_channel: Vec<LdChannel<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<LdText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    name: &'a str,
    offers: LdOffer<'a>,
    provider: LdOrganization<'a>,
    #[serde(rename = "serviceOperator")]
    service_operator: LdOrganization<'a>,
    #[serde(rename = "serviceType")]
    service_type: LdText,
    #[serde(rename = "termsOfService", skip_serializing_if = "Option::is_none")]
    terms_of_service: Option<LdText>,
    url: &'a str,
}

#[derive(Serialize)]
struct LdArea<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "containedInPlace", skip_serializing_if = "Option::is_none")]
    contained_in_place: Option<Box<LdArea<'a>>>,
    name: LdText,
}

#[derive(Serialize)]
struct LdAudience<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "audienceType")]
    audience_type: LdText,
}

#[derive(Serialize)]
struct LdChannel<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "serviceLocation", skip_serializing_if = "Option::is_none")]
    service_location: Option<LdOffice<'a>>,
    #[serde(rename = "servicePhone", skip_serializing_if = "Option::is_none")]
    service_phone: Option<LdContact<'a>>,
    #[serde(rename = "serviceUrl", skip_serializing_if = "Option::is_none")]
    service_url: Option<&'a str>,
}

#[derive(Serialize)]
struct LdOffice<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    address: LdAddress<'a>,
    name: LdText,
    telephone: &'a str,
}

#[derive(Serialize, Clone)]
struct LdAddress<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "addressCountry")]
    country: &'a str,
    #[serde(rename = "addressLocality")]
    locality: LdText,
    #[serde(rename = "addressRegion")]
    region: LdText,
    #[serde(rename = "streetAddress")]
    street: LdText,
}

#[derive(Serialize)]
struct LdContact<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    telephone: &'a str,
}

#[derive(Serialize)]
struct LdOffer<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<LdText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    price: Option<u64>,
    #[serde(rename = "priceCurrency", skip_serializing_if = "Option::is_none")]
    price_currency: Option<&'a str>,
}

impl LdOffer<'_> {
    fn price(amount: u64) -> Self {
        LdOffer {
            kind: "Offer",
            description: None,
            price: Some(amount),
            price_currency: Some("VND"),
        }
    }
}

#[derive(Serialize)]
struct LdOrganization<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<LdAddress<'a>>,
    name: LdText,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// JSON text safe inside a `<script>` element (JSON-LD, the offline worker's list): `<`, `>`
/// and `&` are written as `\u003c`… so no text can close the element or open a comment. The
/// one way loa writes JSON into a page.
pub fn script_safe_json<T: Serialize + ?Sized>(value: &T) -> String {
    script_safe(serde_json::to_string(value).unwrap_or_default())
}

/// `json` with `<`, `>` and `&` escaped: none can then end the script element or start a
/// comment. One pass, and none at all for the many texts that have none of them.
fn script_safe(json: String) -> String {
    if !json.contains(['<', '>', '&']) {
        return json;
    }
    let mut safe = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            c => safe.push(c),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn json_ld_cannot_end_its_script_element() {
        let authors = vec!["Ban biên tập".to_string()];
        let text = news_article_json_ld(&NewsArticle {
            headline: "</script><script>alert(1)</script> & <!--",
            description: None,
            date_published: "2025-11-16",
            in_language: "vi",
            authors: &authors,
            publisher: "Bình dân học vụ số",
            url: "https://example.vn/articles/a/",
            images: vec!["https://example.vn/articles/a/share.svg".into()],
        });
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            parsed["headline"],
            "</script><script>alert(1)</script> & <!--"
        );
        assert_eq!(parsed["@type"], "NewsArticle");
    }

    #[test]
    fn how_to_json_ld_numbers_its_steps_and_cannot_end_its_script_element() {
        let text = how_to_json_ld(&HowTo {
            name: "Gọi 113 </script><!--",
            description: None,
            in_language: "vi",
            url: "https://example.vn/lessons/a/",
            minutes: 15,
            steps: ["mot", "hai"]
                .into_iter()
                .map(|anchor| HowToStep {
                    name: anchor,
                    text: "A & B",
                    url: format!("https://example.vn/lessons/a/#{anchor}"),
                })
                .collect(),
        });
        assert!(!text.contains(['<', '>', '&']), "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["@type"], "HowTo");
        assert_eq!(value["name"], "Gọi 113 </script><!--");
        assert_eq!(value["totalTime"], "PT15M");
        assert!(value.get("description").is_none());
        assert_eq!(value["step"][1]["position"], 2);
        assert_eq!(value["step"][1]["text"], "A & B");
        assert_eq!(value["step"][1]["url"], "https://example.vn/lessons/a/#hai");
    }

    #[test]
    fn government_service_json_ld_is_a_page_around_the_service() {
        let steps = vec!["Nộp hồ sơ </script><script>alert(1)</script>".to_string()];
        let laws = vec!["Luật Hộ tịch 2014".to_string()];
        let text = government_service_json_ld(&GovernmentService {
            name: "ចុះបញ្ជីកំណើត",
            in_language: "km",
            identifier: Some("1.001193"),
            service_type: ("អត្រានុកូលដ្ឋាន", "km"),
            steps: (&steps, "vi"),
            audience: ("Cha, mẹ của trẻ em", "vi"),
            operator: ("គណៈកម្មាធិការប្រជាជនឃុំ", "km"),
            centre: ServiceCentre {
                name: "Trung tâm Phục vụ hành chính công xã A",
                address: "Trụ sở UBND xã A",
                commune: "Xã A",
                province: "Khánh Hòa",
                lang: "vi",
                telephone: "1800 1096",
                url: "https://example.vn/communes/xa-a/",
            },
            online_url: Some("https://dichvucong.gov.vn/p/x?ma_thu_tuc=1.001193&a=b"),
            fee: ServiceFee::Amount(8000),
            legal_basis: (&laws, "vi"),
            url: "https://example.vn/communes/xa-a/1.001193/",
            image: None,
        });
        assert!(!text.contains(['<', '>', '&']), "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["@type"], "WebPage");
        assert_eq!(value["inLanguage"], "km");
        let service = &value["mainEntity"];
        assert_eq!(service["@type"], "GovernmentService");
        assert_eq!(service["identifier"], "1.001193");
        assert_eq!(service["serviceType"], "អត្រានុកូលដ្ឋាន");
        assert_eq!(service["provider"]["@type"], "GovernmentOrganization");
        // Texts in another language than the page's name carry their own.
        assert_eq!(
            service["areaServed"]["name"],
            json!({"@value": "Xã A", "@language": "vi"})
        );
        assert_eq!(service["audience"]["audienceType"]["@language"], "vi");
        assert_eq!(
            service["availableChannel"][0]["serviceUrl"],
            "https://dichvucong.gov.vn/p/x?ma_thu_tuc=1.001193&a=b"
        );
        assert_eq!(service["offers"]["price"], 8000);
        assert_eq!(service["offers"]["priceCurrency"], "VND");
        assert!(
            service["description"]["@value"]
                .as_str()
                .unwrap()
                .contains("</script>")
        );
        assert!(service.get("image").is_none());
    }
}
