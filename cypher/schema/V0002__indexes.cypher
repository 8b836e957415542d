// Lookups the read API and the analytics filter on.
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX organization_status IF NOT EXISTS FOR (n:Organization) ON (n.status);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_industry IF NOT EXISTS FOR (n:Organization) ON (n.industryCode);
CREATE INDEX organization_section IF NOT EXISTS FOR (n:Organization) ON (n.industrySection);
CREATE INDEX party_organization_formation IF NOT EXISTS FOR (n:PartyOrganization) ON (n.formation);
CREATE INDEX member_status IF NOT EXISTS FOR (n:Member) ON (n.status);
// Chinese names are searched by substring (nameContains): a text index serves CONTAINS.
CREATE TEXT INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX party_organization_name IF NOT EXISTS FOR (n:PartyOrganization) ON (n.name);
// Where organizations, parks and buildings are: hot spots, distance searches, map bounds.
CREATE POINT INDEX organization_location IF NOT EXISTS FOR (n:Organization) ON (n.location);
CREATE POINT INDEX park_location IF NOT EXISTS FOR (n:Park) ON (n.location);
CREATE POINT INDEX building_location IF NOT EXISTS FOR (n:Building) ON (n.location);
