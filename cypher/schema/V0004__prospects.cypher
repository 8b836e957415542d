// People in the recruitment pipeline (入党申请人, 积极分子, 发展对象) share members.csv and its ids
// with the members but are not members: their own label, unique by id like members.
CREATE CONSTRAINT prospect_id IF NOT EXISTS FOR (n:Prospect) REQUIRE n.id IS UNIQUE;
